package io.github.xhht.cli;

import io.github.xhht.core.i18n.Lang;
import java.util.List;
import java.util.Set;

/**
 * {@code xhht nominate SLATE}: checks a slate of nominations against a movement plan. Waits for the
 * awards module's slate reader; until then it says so plainly.
 */
final class NominateCommand {
    NominateCommand(Env env, Lang lang) {
    }

    int run(List<String> tokens) {
        Args args = Args.parse("nominate", tokens,
                Common.valued(Common.FORMAT, Common.AS_OF, Common.OUT), Set.of());
        Common.lang(args);
        throw CliException.input("error.nominateNotYet");
    }
}
