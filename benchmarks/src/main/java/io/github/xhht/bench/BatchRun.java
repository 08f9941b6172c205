package io.github.xhht.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.xhht.cli.Cli;
import io.github.xhht.cli.Env;
import io.github.xhht.cli.Registry;
import io.github.xhht.core.json.DossierJson;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One batch run through the real command line ({@code xhht batch FILE --out OUT --jobs N}), timed, with
 * the heap watched: the largest heap in use (sampled every millisecond) and the largest heap still live
 * after a collection. Run it in a JVM of its own ({@link BatchScaling} does) so the figures are its own.
 *
 * <p>{@code java -Xmx256m -cp ... io.github.xhht.bench.BatchRun INPUT.jsonl OUTPUT.jsonl JOBS} prints
 * one line: {@code dossiers seconds dossiersPerSecond peakUsedMiB peakLiveMiB collections}.
 */
public final class BatchRun {
    private BatchRun() {
    }

    /** What one run measured. */
    public record Result(long dossiers, double seconds, long peakUsedBytes, long peakLiveBytes, long collections) {
        public double perSecond() {
            return dossiers / seconds;
        }

        /** The line {@link #main} prints and {@link BatchScaling} parses. */
        public String line() {
            return dossiers + " " + seconds + " " + Math.round(perSecond()) + " " + peakUsedBytes / (1 << 20) + " "
                    + peakLiveBytes / (1 << 20) + " " + collections;
        }
    }

    public static void main(String[] args) throws Exception {
        Result r = run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.println(r.line());
    }

    /** Writes {@code n} fixed-seed commune dossiers as JSON Lines. */
    public static void writeCommunes(Path file, long n) {
        JsonMapper compact = new JsonMapper();
        DossierJson json = DossierJson.strict();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Dossiers.communes(n, Dossiers.SEED, d -> {
                try {
                    out.write(compact.writeValueAsString(json.toTree(d)));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code xhht batch} on the file and checks that every dossier came out evaluated. */
    public static Result run(Path input, Path output, int jobs) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakLive = new AtomicLong();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong peakUsed = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peakLive.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
        long collectionsBefore = collections();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env env = new Env(InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Registry.standard(), Dossiers.AS_OF,
                Path.of("").toAbsolutePath(), false);
        sampler.start();
        long start = System.nanoTime();
        int code = new Cli(env).run("batch", input.toString(), "--out", output.toString(), "--as-of", Dossiers.AS_OF.toString(),
                "--jobs", String.valueOf(jobs), "--no-progress");
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        if (code != 0) {
            throw new IllegalStateException("xhht batch exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
        }
        long read = lines(input);
        long written = lines(output);
        if (written != read) {
            throw new IllegalStateException("xhht batch evaluated " + written + " of " + read + " dossiers: "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return new Result(read, seconds, peakUsed.get(), peakLive.get(), collections() - collectionsBefore);
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(c -> c > 0).sum();
    }

    private static long lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
