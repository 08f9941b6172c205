package io.github.xhht.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch benchmark: 1,000 to 1,000,000 fixed-seed commune dossiers as JSON Lines (written once under
 * {@code target/batch/}), each size run through {@code xhht batch} in a fresh JVM with a capped heap, and
 * a Markdown table of dossiers per second and heap.
 *
 * <p>{@code java -cp ... io.github.xhht.bench.BatchScaling [DIR] [JOBS] [HEAP] [SIZES...]}, defaults
 * {@code target/batch 2 256m 1000 10000 100000 1000000}.
 */
public final class BatchScaling {
    private BatchScaling() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/batch");
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String heap = args.length > 2 ? args[2] : "256m";
        List<Long> sizes = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            sizes.add(Long.parseLong(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000L, 10_000L, 100_000L, 1_000_000L);
        }
        Files.createDirectories(dir);
        System.out.println("| dossiers | file MiB | seconds | dossiers/s | µs/dossier (2 cores) | peak heap used MiB | peak live after GC MiB | GCs |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (long n : sizes) {
            Path input = dir.resolve("communes-" + n + ".jsonl");
            if (!Files.exists(input)) {
                BatchRun.writeCommunes(input, n);
            }
            Path output = dir.resolve("results-" + n + ".jsonl");
            String[] r = child(input, output, jobs, heap).split(" ");
            double seconds = Double.parseDouble(r[1]);
            System.out.printf("| %,d | %,d | %.2f | %,d | %.2f | %s | %s | %s |%n", n, Files.size(input) >> 20, seconds,
                    Long.parseLong(r[2]), seconds * 1e6 / n, r[3], r[4], r[5]);
            Files.delete(output);
        }
    }

    private static String child(Path input, Path output, int jobs, String heap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heap, "-Xms" + heap, "-cp", System.getProperty("java.class.path"),
                BatchRun.class.getName(), input.toString(), output.toString(), String.valueOf(jobs))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) {
            throw new IllegalStateException("batch run of " + input + " failed");
        }
        return last;
    }
}
