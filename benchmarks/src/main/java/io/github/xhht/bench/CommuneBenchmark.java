package io.github.xhht.bench;

import io.github.xhht.bench.baseline.DroolsCommune;
import io.github.xhht.bench.baseline.EasyRulesCommune;
import io.github.xhht.bench.baseline.HandWritten;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Verdict;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.tt25.Tt25;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TT 25 commune dossiers, one dossier per operation, cycling through a fixed-seed data set: xhht with the
 * full explanation (workload A) and the verdict alone (B), against the same rules hand-written (the
 * floor), in Drools and in Easy Rules. Each baseline's set-up checks that it gives xhht's highest level on
 * every dossier of the data set, and refuses to run otherwise.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class CommuneBenchmark {
    /** Dossiers in the data set: a power of two. */
    @Param("4096")
    public int dossiers;

    private final Scheme scheme = Tt25.scheme();
    private final Interpretations interpretations = Interpretations.defaults();
    private Dossier[] data;
    private int[] expected;
    private int cursor;

    @Setup
    public void setUp() {
        if (Integer.bitCount(dossiers) != 1) {
            throw new IllegalArgumentException("dossiers must be a power of two: " + dossiers);
        }
        List<Dossier> list = Dossiers.communes(dossiers, Dossiers.SEED);
        data = list.toArray(Dossier[]::new);
        expected = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            Decision decision = scheme.evaluate(data[i], Dossiers.AS_OF, interpretations);
            Verdict verdict = scheme.verdict(data[i], Dossiers.AS_OF, interpretations);
            expected[i] = Agreement.level(decision.highestLevel());
            if (Agreement.level(verdict.highestLevel()) != expected[i]) {
                throw new IllegalStateException("verdict and decision disagree on " + data[i].subject().id());
            }
        }
        Agreement.require("hand-written", data, expected, HandWritten::highestLevel);
    }

    private Dossier next() {
        return data[cursor++ & (data.length - 1)];
    }

    /** Workload A: the highest level with the full explanation tree. */
    @Benchmark
    public Decision xhhtFullExplanation() {
        return scheme.evaluate(next(), Dossiers.AS_OF, interpretations);
    }

    /** Workload B: the verdict alone. */
    @Benchmark
    public Verdict xhhtVerdict() {
        return scheme.verdict(next(), Dossiers.AS_OF, interpretations);
    }

    /** The floor: if-statements on the same records. */
    @Benchmark
    public int handWritten() {
        return HandWritten.highestLevel(next());
    }

    /** Drools, stateless session, executable model. */
    @Benchmark
    public int drools(DroolsState drools) {
        return drools.engine.highestLevel(next());
    }

    /** Easy Rules, default engine. */
    @Benchmark
    public int easyRules(EasyRulesState easyRules) {
        return easyRules.engine.highestLevel(next());
    }

    /** The Drools knowledge base, built (and checked) only in the fork that measures Drools. */
    @State(Scope.Thread)
    public static class DroolsState {
        DroolsCommune engine;

        @Setup
        public void setUp(CommuneBenchmark bench) {
            engine = new DroolsCommune();
            Agreement.require("Drools", bench.data, bench.expected, engine::highestLevel);
        }
    }

    /** The Easy Rules rule set, built (and checked) only in the fork that measures Easy Rules. */
    @State(Scope.Thread)
    public static class EasyRulesState {
        EasyRulesCommune engine;

        @Setup
        public void setUp(CommuneBenchmark bench) {
            engine = new EasyRulesCommune();
            Agreement.require("Easy Rules", bench.data, bench.expected, engine::highestLevel);
        }
    }

    /** Whether a baseline gives xhht's answer; used by the set-ups. */
    static final class Agreement {
        private Agreement() {
        }

        static int level(java.util.Optional<io.github.xhht.core.model.Level> level) {
            return level.map(io.github.xhht.core.model.Level::number).orElse(0);
        }

        static void require(String who, Dossier[] data, int[] expected, ToIntFunction<Dossier> baseline) {
            for (int i = 0; i < data.length; i++) {
                int got = baseline.applyAsInt(data[i]);
                if (got != expected[i]) {
                    throw new IllegalStateException(who + " gives level " + got + " but xhht gives " + expected[i]
                            + " for " + data[i].subject().id() + " (" + data[i].facts() + ")");
                }
            }
        }
    }
}
