package io.github.xhht.awards.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The law's invariants of the Learning Citizen score, over generated scores (in tenths of a point). */
class LearningCitizenPropertiesTest {
    static final ScoringFrame FRAME = Frames.tenByTen(CitizenGroup.RESIDENT);
    static final Scheme SCHEME = LearningCitizenScheme.scheme(List.of(FRAME));
    static final Evidence PROOF = Evidence.of("x", "y", LocalDate.of(2024, 12, 1), "z");

    /** Scores i1..i10 in tenths (0..100 = 0..10 points); -1 means "not given". */
    @Provide
    Arbitrary<List<Integer>> tenths() {
        return Arbitraries.integers().between(-1, 100).list().ofSize(10);
    }

    @Provide
    Arbitrary<List<Integer>> completeTenths() {
        // Biased towards the pass region so MET cases occur often.
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 100)),
                        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(60, 100)))
                .list().ofSize(10);
    }

    static Map<String, BigDecimal> scores(List<Integer> tenths) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < tenths.size(); i++) {
            if (tenths.get(i) >= 0) {
                map.put("i" + (i + 1), BigDecimal.valueOf(tenths.get(i), 1));
            }
        }
        return map;
    }

    /** NOT_MET < UNKNOWN < MET. */
    static int rank(Outcome o) {
        return switch (o) {
            case NOT_MET -> 0;
            case UNKNOWN -> 1;
            case MET -> 2;
            case NOT_APPLICABLE -> throw new AssertionError("never not applicable");
        };
    }

    @Property
    void scoreIsMonotoneInEachIndicator(@ForAll("tenths") List<Integer> tenths, @ForAll @IntRange(min = 0, max = 9) int which,
                                        @ForAll @IntRange(min = 1, max = 101) int raise) {
        net.jqwik.api.Assume.that(tenths.get(which) >= 0);
        List<Integer> higher = new java.util.ArrayList<>(tenths);
        higher.set(which, Math.min(100, tenths.get(which) + raise));
        CitizenResult before = LearningCitizen.assess(FRAME, 2024, scores(tenths));
        CitizenResult after = LearningCitizen.assess(FRAME, 2024, scores(higher));
        assertTrue(rank(after.outcome()) >= rank(before.outcome()), before.outcome() + " then " + after.outcome());
        if (before.total().isPresent()) {
            assertTrue(after.total().orElseThrow().compareTo(before.total().get()) >= 0);
        }
    }

    @Property
    void metImpliesEightyAndEveryIndicatorAtLeastFive(@ForAll("completeTenths") List<Integer> tenths) {
        CitizenResult r = LearningCitizen.assess(FRAME, 2024, scores(tenths));
        int sum = tenths.stream().mapToInt(Integer::intValue).sum();
        boolean allFive = tenths.stream().allMatch(t -> t >= 50);
        // Independent oracle in integer tenths: 80 points = 800 tenths, 5 points = 50 tenths.
        assertEquals(sum >= 800 && allFive, r.met());
        if (r.met()) {
            assertTrue(r.total().orElseThrow().compareTo(new BigDecimal("80")) >= 0);
            assertTrue(r.indicators().stream().allMatch(i -> i.score().orElseThrow().compareTo(new BigDecimal("5")) >= 0));
        }
    }

    @Property(tries = 300)
    void schemeAgreesWithTheScorerWhenEveryScoreHasEvidence(@ForAll("tenths") List<Integer> tenths) {
        Dossier.Builder b = Dossier.builder("citizen",
                Subject.builder(SubjectKind.INDIVIDUAL, "c", "C").unitKind("resident").build(), AssessmentPeriod.calendarYear(2024));
        scores(tenths).forEach((id, score) ->
                b.fact(FactKey.amount("score." + id, Text.of(id, id)), new FactValue.Amount(score), PROOF));
        Decision d = SCHEME.evaluate(b.build(), LocalDate.of(2025, 1, 1));
        CitizenResult r = LearningCitizen.assess(FRAME, 2024, scores(tenths));
        assertEquals(r.outcome(), d.level(Level.LEVEL_1).orElseThrow().outcome());
    }
}
