package io.github.xhht.cli;

import io.github.xhht.core.error.XhhtException;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The command dispatcher: picks the command, the language, and turns every failure into a message in
 * that language and an exit code, never a stack trace (unless {@code XHHT_DEBUG} is set).
 */
public final class Cli {
    /** Exit code of an unexpected failure. */
    public static final int INTERNAL = 3;

    static final List<String> COMMANDS = List.of("evaluate", "batch", "nominate", "catalog", "schema", "explain");

    private final Env env;

    /** A command line reading from and writing to the environment. */
    public Cli(Env env) {
        this.env = Objects.requireNonNull(env);
    }

    /** Runs one command line; returns the exit code. */
    public int run(String... argv) {
        List<String> args = Arrays.asList(argv);
        Lang lang = langOf(args);
        Messages messages = Texts.of(lang);
        try {
            int at = commandIndex(args);
            if (at < 0) {
                if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
                    env.out().print(Texts.help("main", lang));
                    env.out().flush();
                    return 0;
                }
                throw CliException.usage("", "usage.missingCommand", String.join(", ", COMMANDS));
            }
            String command = args.get(at);
            List<String> rest = new java.util.ArrayList<>(args);
            rest.remove(at);
            if (!COMMANDS.contains(command)) {
                throw CliException.usage("", "usage.unknownCommand", command, String.join(", ", COMMANDS));
            }
            if (rest.contains("--help") || rest.contains("-h")) {
                env.out().print(Texts.help(command, lang));
                env.out().flush();
                return 0;
            }
            int code = switch (command) {
                case "evaluate" -> new EvaluateCommand(env, lang).run(rest);
                case "batch" -> new BatchCommand(env, lang).run(rest);
                case "nominate" -> new NominateCommand(env, lang).run(rest);
                case "catalog" -> new CatalogCommand(env, lang).run(rest);
                case "schema" -> new SchemaCommand(env, lang).run(rest);
                case "explain" -> new ExplainCommand(env, lang).run(rest);
                default -> throw new IllegalStateException(command);
            };
            env.out().flush();
            return code;
        } catch (CliException e) {
            env.out().flush();
            env.err().println("xhht: " + e.message(messages));
            if (e.exitCode() == CliException.USAGE) {
                env.err().println(messages.format("usage.seeHelp", e.command().isEmpty() ? "" : e.command()).replace("  ", " "));
            }
            return e.exitCode();
        } catch (XhhtException e) {
            env.out().flush();
            env.err().println("xhht: " + e.message(lang));
            return CliException.INPUT;
        } catch (RuntimeException | Error e) {
            env.out().flush();
            env.err().println("xhht: " + messages.format("error.internal", e.getClass().getSimpleName()));
            if (System.getenv("XHHT_DEBUG") != null) {
                e.printStackTrace(env.err());
            }
            return INTERNAL;
        }
    }

    /** Where the command stands: the first word that is not an option nor the value of --lang; -1 if none. */
    private static int commandIndex(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang")) {
                i++;
            } else if (!a.startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    /** The --lang value wherever it stands, Vietnamese when absent or not understood. */
    static Lang langOf(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = a.startsWith("--lang=") ? a.substring(7) : a.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                return value.equalsIgnoreCase("en") ? Lang.EN : Lang.VI;
            }
        }
        return Lang.VI;
    }
}
