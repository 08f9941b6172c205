package io.github.xhht.bench;

import io.github.xhht.bench.baseline.DroolsCommune;
import io.github.xhht.bench.baseline.EasyRulesCommune;
import io.github.xhht.bench.baseline.HandWritten;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Verdict;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Level;
import io.github.xhht.tt24.Tt24;
import io.github.xhht.tt25.Tt25;
import java.util.List;
import java.util.Optional;
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
 * One dossier per operation, cycling through a fixed-seed data set.
 * <ul>
 *   <li>TT 25 communes: xhht with the full explanation (workload A) and the verdict alone (B), against the
 *       same rules hand-written (the floor), in Drools and in Easy Rules. Each baseline's set-up checks that
 *       it gives xhht's highest level on every dossier of the data set, and refuses to run otherwise.</li>
 *   <li>TT 24 units of every kind at both tiers (C), with the full explanation and the verdict alone.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {
    private static final Interpretations DEFAULTS = Interpretations.defaults();

    /** Workload A: TT 25 commune, the highest level with the full explanation tree. */
    @Benchmark
    public Decision tt25FullExplanation(Communes communes) {
        return communes.scheme.evaluate(communes.next(), Dossiers.AS_OF, DEFAULTS);
    }

    /** Workload B: TT 25 commune, the verdict alone. */
    @Benchmark
    public Verdict tt25Verdict(Communes communes) {
        return communes.scheme.verdict(communes.next(), Dossiers.AS_OF, DEFAULTS);
    }

    /** The floor: the TT 25 commune rules as if-statements on the same records. */
    @Benchmark
    public int tt25HandWritten(Communes communes) {
        return HandWritten.highestLevel(communes.next());
    }

    /** The TT 25 commune rules in Drools, stateless session, executable model. */
    @Benchmark
    public int tt25Drools(Communes communes, DroolsState drools) {
        return drools.engine.highestLevel(communes.next());
    }

    /** The TT 25 commune rules in Easy Rules, default engine. */
    @Benchmark
    public int tt25EasyRules(Communes communes, EasyRulesState easyRules) {
        return easyRules.engine.highestLevel(communes.next());
    }

    /** Workload C: TT 24 units, the full explanation tree. */
    @Benchmark
    public Decision tt24FullExplanation(Units units) {
        return units.scheme.evaluate(units.next(), Dossiers.AS_OF, DEFAULTS);
    }

    /** Workload C: TT 24 units, the verdict alone. */
    @Benchmark
    public Verdict tt24Verdict(Units units) {
        return units.scheme.verdict(units.next(), Dossiers.AS_OF, DEFAULTS);
    }

    /** A fixed-seed data set and a cursor over it. */
    @State(Scope.Thread)
    public abstract static class DataSet {
        /** Dossiers in the data set: a power of two. */
        @Param("4096")
        public int dossiers;

        final Scheme scheme;
        Dossier[] data;
        int[] expected;
        private int cursor;

        DataSet(Scheme scheme) {
            this.scheme = scheme;
        }

        abstract List<Dossier> generate(int n);

        /** Makes the data and xhht's answers, checking the verdict path against the decision path. */
        @Setup
        public void setUp() {
            if (Integer.bitCount(dossiers) != 1) {
                throw new IllegalArgumentException("dossiers must be a power of two: " + dossiers);
            }
            data = generate(dossiers).toArray(Dossier[]::new);
            expected = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                expected[i] = number(scheme.evaluate(data[i], Dossiers.AS_OF, DEFAULTS).highestLevel());
            }
            requireAgreement("xhht verdict", this, d -> number(scheme.verdict(d, Dossiers.AS_OF, DEFAULTS).highestLevel()));
            check();
        }

        /** More answers to check against xhht's. */
        void check() {
        }

        Dossier next() {
            return data[cursor++ & (data.length - 1)];
        }
    }

    /** TT 25 commune dossiers. */
    public static class Communes extends DataSet {
        public Communes() {
            super(Tt25.scheme());
        }

        @Override
        List<Dossier> generate(int n) {
            return Dossiers.communes(n, Dossiers.SEED);
        }

        @Override
        void check() {
            requireAgreement("hand-written", this, HandWritten::highestLevel);
        }
    }

    /** TT 24 unit dossiers. */
    public static class Units extends DataSet {
        public Units() {
            super(Tt24.scheme());
        }

        @Override
        List<Dossier> generate(int n) {
            return Dossiers.units(n, Dossiers.SEED);
        }
    }

    /** The Drools knowledge base, built (and checked) only in the fork that measures Drools. */
    @State(Scope.Thread)
    public static class DroolsState {
        DroolsCommune engine;

        @Setup
        public void setUp(Communes communes) {
            engine = new DroolsCommune();
            requireAgreement("Drools", communes, engine::highestLevel);
        }
    }

    /** The Easy Rules rule set, built (and checked) only in the fork that measures Easy Rules. */
    @State(Scope.Thread)
    public static class EasyRulesState {
        EasyRulesCommune engine;

        @Setup
        public void setUp(Communes communes) {
            engine = new EasyRulesCommune();
            requireAgreement("Easy Rules", communes, engine::highestLevel);
        }
    }

    static int number(Optional<Level> level) {
        return level.map(Level::number).orElse(0);
    }

    /** Refuses to measure an answer that is not xhht's on every dossier of the data set. */
    static void requireAgreement(String who, DataSet set, ToIntFunction<Dossier> answer) {
        for (int i = 0; i < set.data.length; i++) {
            int got = answer.applyAsInt(set.data[i]);
            if (got != set.expected[i]) {
                throw new IllegalStateException(who + " gives level " + got + " but xhht gives " + set.expected[i]
                        + " for " + set.data[i].subject().id() + " " + set.data[i].facts());
            }
        }
    }
}
