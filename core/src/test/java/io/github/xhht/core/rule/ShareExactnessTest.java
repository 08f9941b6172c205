package io.github.xhht.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.testing.TestDossiers;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** I-8: the share comparison is exact for every count up to {@link FactValue#MAX_COUNT}, checked against BigInteger. */
class ShareExactnessTest {

    /** count × 100 ≥ of × percent in unbounded arithmetic, with an empty total never passing. */
    static boolean exact(long count, long of, int percent) {
        return of > 0 && BigInteger.valueOf(count).multiply(BigInteger.valueOf(100))
                .compareTo(BigInteger.valueOf(of).multiply(BigInteger.valueOf(percent))) >= 0;
    }

    @Provide
    Arbitrary<FactValue.Share> shares() {
        return Arbitraries.longs().between(0, FactValue.MAX_COUNT)
                .flatMap(of -> Arbitraries.longs().between(0, of).map(count -> new FactValue.Share(count, of)));
    }

    @Provide
    Arbitrary<FactValue.Share> hugeShares() {
        long max = FactValue.MAX_COUNT;
        return Arbitraries.longs().between(max - 10_000, max)
                .flatMap(of -> Arbitraries.longs().between(Math.max(0, of - of / 100 - 10_000), of)
                        .map(count -> new FactValue.Share(count, of)));
    }

    /** Shares one unit either side of an exact percentage of a large total, where rounding would err. */
    @Provide
    Arbitrary<FactValue.Share> nearThreshold() {
        return Combinators.combine(Arbitraries.longs().between(1, FactValue.MAX_COUNT / 100), Arbitraries.integers().between(0, 100),
                        Arbitraries.of(-1L, 0L, 1L))
                .as((unit, percent, delta) -> {
                    long of = unit * 100;
                    long count = Math.min(of, Math.max(0, unit * percent + delta));
                    return new FactValue.Share(count, of);
                });
    }

    @Property
    void anyShare(@ForAll("shares") FactValue.Share share, @ForAll @IntRange(min = 0, max = 100) int percent) {
        assertEquals(exact(share.count(), share.of(), percent), share.atLeastPercent(percent));
    }

    @Property
    void sharesNearTheLargestCount(@ForAll("hugeShares") FactValue.Share share, @ForAll @IntRange(min = 0, max = 100) int percent) {
        assertEquals(exact(share.count(), share.of(), percent), share.atLeastPercent(percent));
    }

    @Property
    void sharesOneUnitAroundTheThreshold(@ForAll("nearThreshold") FactValue.Share share, @ForAll @IntRange(min = 0, max = 100) int percent) {
        assertEquals(exact(share.count(), share.of(), percent), share.atLeastPercent(percent));
    }

    @Property
    void theMeasureFollowsTheExactComparison(@ForAll("shares") FactValue.Share share, @ForAll @IntRange(min = 0, max = 100) int percent) {
        Measure measure = Measures.shareAtLeast(MeasuresTest.SHARE, percent);
        Assessment a = MeasuresTest.assess(measure, MeasuresTest.dossier(MeasuresTest.SHARE, share, TestDossiers.evidence()));
        assertEquals(exact(share.count(), share.of(), percent) ? Outcome.MET : Outcome.NOT_MET, a.outcome());
    }
}
