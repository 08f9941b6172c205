package io.github.xhht.cli;

import io.github.xhht.core.eval.Schemes;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the tool takes from the outside world, given once by {@link Main}: streams, the schemes,
 * today's date (the only clock reading, used as the default as-of date and always printed), the
 * working directory and whether stderr is a terminal. Tests give their own.
 *
 * @param in             standard input
 * @param out            standard output (UTF-8)
 * @param err            standard error (UTF-8)
 * @param schemes        the registered schemes
 * @param today          the date the command runs
 * @param workingDir     the directory relative paths start from
 * @param stderrTerminal whether stderr is a terminal (progress display)
 */
public record Env(InputStream in, PrintStream out, PrintStream err, Schemes schemes, LocalDate today,
                  Path workingDir, boolean stderrTerminal) {
    public Env {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(schemes, "schemes");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(workingDir, "workingDir");
    }

    /** A path given on the command line, relative to the working directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path);
    }
}
