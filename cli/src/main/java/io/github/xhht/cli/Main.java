package io.github.xhht.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/** The entry point of the runnable jar: {@code java -jar xhht-cli-all.jar COMMAND ...}. */
public final class Main {
    private Main() {
    }

    /** Runs the command line with the process's arguments and exits with its code. */
    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, so Vietnamese survives a POSIX locale
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // the launcher knows whether stderr is a terminal; Java 17 cannot tell for stderr alone
        boolean terminal = Boolean.getBoolean("xhht.stderrTerminal");
        Env env = new Env(System.in, out, err, Registry.standard(), LocalDate.now(),
                Path.of("").toAbsolutePath(), terminal);
        int code = new Cli(env).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
