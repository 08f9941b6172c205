package io.github.xhht.cli;

import io.github.xhht.core.i18n.Lang;
import java.util.List;

/** Placeholder until written. */
final class BatchCommand {
    BatchCommand(Env env, Lang lang) {
    }

    int run(List<String> tokens) {
        throw CliException.input("error.notYet", "batch");
    }
}
