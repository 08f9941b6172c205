package io.github.xhht.cli;

import io.github.xhht.core.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Options and file handling shared by the commands. */
final class Common {
    static final String LANG = "--lang";
    static final String AS_OF = "--as-of";
    static final String OUT = "--out";
    static final String FORMAT = "--format";
    static final String INTERPRETATION = "--interpretation";
    static final List<String> FORMATS = List.of("text", "json", "html", "markdown");

    private Common() {
    }

    /** The options every command accepts, plus {@code more}. */
    static Set<String> valued(String... more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(List.of(more));
        all.add(LANG);
        return all;
    }

    static Lang lang(Args args) {
        return Lang.parse(args.choice(LANG, List.of("vi", "en")).orElse("vi"));
    }

    /** The --as-of date, if given. */
    static Optional<LocalDate> asOf(Args args) {
        Optional<String> value = args.value(AS_OF);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw CliException.usage(args.command(), "usage.badValue", AS_OF, value.get(), "YYYY-MM-DD");
        }
    }

    /** Opens an input file, "-" being standard input. */
    static InputStream open(Env env, String name) {
        if (name.equals("-")) {
            return env.in();
        }
        Path path = env.resolve(name);
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw CliException.input("error.notFound", name);
        } catch (IOException e) {
            throw CliException.input("error.read", name, String.valueOf(e.getMessage()));
        }
    }

    /** Writes {@code content} to the --out file, or to standard output. */
    static void emit(Env env, Optional<String> out, String content) {
        if (out.isEmpty()) {
            env.out().print(content);
            env.out().flush();
            return;
        }
        Path path = env.resolve(out.get());
        try {
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.input("error.write", out.get(), String.valueOf(e.getMessage()));
        }
    }
}
