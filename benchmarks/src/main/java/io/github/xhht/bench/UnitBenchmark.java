package io.github.xhht.bench;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Verdict;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.tt24.Tt24;
import java.util.concurrent.TimeUnit;
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
 * Workload C: TT 24 unit dossiers of every kind of unit, at district and provincial tier, one dossier per
 * operation, with the full explanation and with the verdict alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class UnitBenchmark {
    /** Dossiers in the data set: a power of two. */
    @Param("4096")
    public int dossiers;

    private final Scheme scheme = Tt24.scheme();
    private final Interpretations interpretations = Interpretations.defaults();
    private Dossier[] data;
    private int cursor;

    @Setup
    public void setUp() {
        if (Integer.bitCount(dossiers) != 1) {
            throw new IllegalArgumentException("dossiers must be a power of two: " + dossiers);
        }
        data = Dossiers.units(dossiers, Dossiers.SEED).toArray(Dossier[]::new);
        for (Dossier d : data) {
            if (!scheme.evaluate(d, Dossiers.AS_OF, interpretations).highestLevel()
                    .equals(scheme.verdict(d, Dossiers.AS_OF, interpretations).highestLevel())) {
                throw new IllegalStateException("verdict and decision disagree on " + d.subject().id());
            }
        }
    }

    private Dossier next() {
        return data[cursor++ & (data.length - 1)];
    }

    /** TT 24 with the full explanation tree. */
    @Benchmark
    public Decision tt24FullExplanation() {
        return scheme.evaluate(next(), Dossiers.AS_OF, interpretations);
    }

    /** TT 24, the verdict alone. */
    @Benchmark
    public Verdict tt24Verdict() {
        return scheme.verdict(next(), Dossiers.AS_OF, interpretations);
    }
}
