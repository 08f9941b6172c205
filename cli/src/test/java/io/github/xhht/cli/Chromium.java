package io.github.xhht.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Headless Chromium (Debian package {@code chromium}) driven from tests: DOM dump, screenshot, PDF. */
final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser on PATH (or at $XHHT_CHROMIUM), if any. */
    static Optional<Chromium> find() {
        String override = System.getenv("XHHT_CHROMIUM");
        if (override != null && Files.isExecutable(Path.of(override))) {
            return Optional.of(new Chromium(Path.of(override)));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM after the page is loaded and laid out. */
    String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("dom-" + System.nanoTime() + ".html");
        run(work, out, "--dump-dom", page.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A PNG screenshot at the given window size. */
    Path screenshot(Path page, Path work, int width, int height) throws IOException, InterruptedException {
        Path png = work.resolve("shot-" + System.nanoTime() + ".png");
        run(work, null, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars",
                page.toUri().toString());
        return png;
    }

    /** The page printed to PDF as the browser prints it (honours @page). */
    Path pdf(Path page, Path work) throws IOException, InterruptedException {
        Path pdf = work.resolve("print-" + System.nanoTime() + ".pdf");
        run(work, null, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
        return pdf;
    }

    private void run(Path work, Path stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(work.resolve("chromium.log").toFile());
        builder.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 120 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chromium exited " + process.exitValue() + ": "
                    + Files.readString(work.resolve("chromium.log")));
        }
    }
}
