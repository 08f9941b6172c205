package io.github.xhht.cli;

import io.github.xhht.core.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * A failure the tool reports to a person in their language, without a stack trace: a wrong option
 * (exit 2) or an input that cannot be used (exit 1). The message is a key of the cli bundle.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Exit code for an input that cannot be used. */
    public static final int INPUT = 1;
    /** Exit code for a wrong use of the command. */
    public static final int USAGE = 2;

    private final int exitCode;
    private final String key;
    private final transient List<Object> args;
    private final String command;

    private CliException(int exitCode, String command, String key, Object... args) {
        super(key);
        this.exitCode = exitCode;
        this.command = command;
        this.key = Objects.requireNonNull(key);
        this.args = List.of(args);
    }

    /** A wrong use of {@code command} (may be empty for the tool itself). */
    public static CliException usage(String command, String key, Object... args) {
        return new CliException(USAGE, command, key, args);
    }

    /** An input that cannot be used. */
    public static CliException input(String key, Object... args) {
        return new CliException(INPUT, "", key, args);
    }

    /** The process exit code for this failure. */
    public int exitCode() {
        return exitCode;
    }

    /** The command whose help explains the right use, empty if none. */
    public String command() {
        return command;
    }

    /** The message in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.format(key, args);
    }
}
