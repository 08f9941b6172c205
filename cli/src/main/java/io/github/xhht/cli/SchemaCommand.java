package io.github.xhht.cli;

import io.github.xhht.core.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** {@code xhht schema}: the dossier JSON Schema that core ships. */
final class SchemaCommand {
    static final String RESOURCE = "/io/github/xhht/core/json/dossier.schema.json";

    private final Env env;

    SchemaCommand(Env env, Lang lang) {
        this.env = env;
    }

    int run(List<String> tokens) {
        Args args = Args.parse("schema", tokens, Common.valued(Common.OUT), Set.of());
        Common.lang(args);
        if (!args.positionals().isEmpty()) {
            throw CliException.usage("schema", "usage.tooManyArguments", String.join(" ", args.positionals()));
        }
        Common.emit(env, args.value(Common.OUT), schema());
        return 0;
    }

    /** The schema text, from the core jar. */
    static String schema() {
        try (InputStream in = io.github.xhht.core.json.DossierJson.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw CliException.input("error.schemaMissing", RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
