package io.github.xhht.cli;

import io.github.xhht.awards.citizen.LearningCitizenScheme;
import io.github.xhht.awards.citizen.ScoringFrameJson;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Schemes;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
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
    static final String CITIZEN_FRAMES = "--citizen-frames";
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

    /**
     * The environment with the "Công dân học tập" scheme added when {@code --citizen-frames FILE} names the
     * scoring frames (the caller's: the forms of Decision 324/QĐ-KHVN are not built in).
     */
    static Env withCitizenFrames(Env env, Args args, Lang lang) {
        Optional<String> file = args.value(CITIZEN_FRAMES);
        if (file.isEmpty()) {
            return env;
        }
        String text = readText(env, file.get());
        Scheme citizen;
        try {
            citizen = LearningCitizenScheme.scheme(ScoringFrameJson.strict().read(text));
        } catch (XhhtException e) {
            throw CliException.input("error.inFile", file.get(), e.message(lang));
        }
        java.util.Map<String, Scheme> schemes = new java.util.LinkedHashMap<>(env.schemes().byId());
        schemes.put(citizen.id(), citizen);
        return new Env(env.in(), env.out(), env.err(), new Schemes(schemes), env.today(), env.workingDir(),
                env.stderrTerminal());
    }

    /** A hint for a dossier of the "Công dân học tập" scheme read without scoring frames, or empty. */
    static Optional<String> citizenHint(Env env, XhhtException e, Messages messages) {
        boolean citizenMissing = !env.schemes().byId().containsKey(LearningCitizenScheme.SCHEME)
                && e instanceof InvalidInputException invalid
                && invalid.problems().stream().anyMatch(p -> p.code() == ProblemCode.UNKNOWN_SCHEME
                        && !p.args().isEmpty() && LearningCitizenScheme.SCHEME.equals(String.valueOf(p.args().get(0))));
        return citizenMissing ? Optional.of(messages.format("hint.citizenFrames")) : Optional.empty();
    }

    /** The whole of an input file as UTF-8 text, "-" being standard input. */
    static String readText(Env env, String name) {
        try (InputStream in = open(env, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.input("error.read", name, String.valueOf(e.getMessage()));
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
