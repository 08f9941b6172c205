package io.github.xhht.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Keeps the benchmarks from rotting: every benchmark of the real run, for a moment each, one fork, a small
 * data set (the set-ups still check every baseline against xhht), and a small batch through the CLI. The
 * figures are meaningless; that it runs is the point. The real run is in docs/performance.md.
 */
class SmokeTest {

    @Test
    void everyBenchmarkRunsAndEveryBaselineAgreesWithXhht() throws Exception {
        Options options = new OptionsBuilder()
                .include(EvaluationBenchmark.class.getName() + "\\.")
                .param("dossiers", "256")
                .forks(1)
                .warmupIterations(1).warmupTime(TimeValue.milliseconds(100))
                .measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
                .jvmArgs("-Xms256m", "-Xmx256m", "-XX:TieredStopAtLevel=1")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .output("target/jmh-smoke.txt") // JMH's chatter stays out of the build log
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Set<String> ran = new TreeSet<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            ran.add(name.substring(name.lastIndexOf('.') + 1));
            assertTrue(r.getPrimaryResult().getScore() > 0, name);
            assertTrue(r.getSecondaryResults().containsKey("gc.alloc.rate.norm"), name + " has no allocation figure");
        }
        assertEquals(Set.of("tt25Drools", "tt25EasyRules", "tt25HandWritten", "tt24FullExplanation", "tt24Verdict",
                "tt25FullExplanation", "tt25Verdict"), ran);
    }

    @Test
    void aSmallBatchGoesThroughTheCommandLine(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("communes.jsonl");
        BatchRun.writeCommunes(input, 300);
        BatchRun.Result r = BatchRun.run(input, dir.resolve("results.jsonl"), 2);
        assertEquals(300, r.dossiers());
        assertTrue(r.perSecond() > 0);
        assertEquals(300, Files.readAllLines(dir.resolve("results.jsonl")).stream().filter(l -> l.contains("\"highestLevel\"")).count());
    }
}
