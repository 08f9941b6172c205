package io.github.xhht.awards.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningCitizenTest {
    static final ScoringFrame FRAME = Frames.tenByTen(CitizenGroup.RESIDENT);

    static CitizenResult assess(Map<String, BigDecimal> scores) {
        return LearningCitizen.assess(FRAME, 2024, scores);
    }

    @Test
    void totalOfExactlyEightyIsMet() {
        CitizenResult r = assess(Frames.scores("8", "8", "8", "8", "8", "8", "8", "8", "8", "8"));
        assertEquals(Outcome.MET, r.outcome());
        assertEquals(Optional.of(new BigDecimal("80")), r.total());
        assertEquals(List.of(CitizenReason.Code.MET), r.reasons().stream().map(CitizenReason::code).toList());
        assertEquals("total 80/100: at least 80 and no indicator below 5", r.reasons().get(0).message(Lang.EN));
        assertEquals("Quyết định 324/QĐ-KHVN", r.citation().render(Lang.VI));
        assertEquals(2024, r.year());
    }

    @Test
    void totalOfSeventyNineIsNotMet() {
        CitizenResult r = assess(Frames.scores("8", "8", "8", "8", "8", "8", "8", "8", "8", "7"));
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals(List.of(CitizenReason.Code.TOTAL_BELOW_PASS), r.reasons().stream().map(CitizenReason::code).toList());
        assertEquals("tổng điểm 79 thấp hơn mức đạt 80 điểm", r.reasons().get(0).message(Lang.VI));
    }

    @Test
    void decimalTotalJustBelowEightyIsNotMet() {
        CitizenResult r = assess(Frames.scores("8", "8", "8", "8", "8", "8", "8", "8", "8", "7.99"));
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals("total 79.99 is below the pass mark of 80", r.reasons().get(0).message(Lang.EN));
    }

    @Test
    void anIndicatorAtFiveIsEnough() {
        CitizenResult r = assess(Frames.scores("5", "10", "10", "10", "10", "10", "10", "10", "10", "10"));
        assertEquals(Outcome.MET, r.outcome());
        assertEquals(Outcome.MET, r.indicators().get(0).outcome());
    }

    @Test
    void anIndicatorAtFourFailsDespiteAHighTotal() {
        CitizenResult r = assess(Frames.scores("4", "10", "10", "10", "10", "10", "10", "10", "10", "10"));
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals(Optional.of(new BigDecimal("94")), r.total());
        assertEquals(Outcome.NOT_MET, r.indicators().get(0).outcome());
        assertEquals(List.of(CitizenReason.Code.INDICATOR_BELOW_MINIMUM), r.reasons().stream().map(CitizenReason::code).toList());
        assertEquals("indicator i1 \"Test indicator 1\" scored 4, below the minimum of 5", r.reasons().get(0).message(Lang.EN));
    }

    @Test
    void justBelowFiveFails() {
        CitizenResult r = assess(Frames.scores("4.9", "10", "10", "10", "10", "10", "10", "10", "10", "10"));
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals("tiêu chí i1 \"Chỉ tiêu thử 1\" được 4,9 điểm, thấp hơn mức tối thiểu 5 điểm",
                r.reasons().get(0).message(Lang.VI));
    }

    @Test
    void everyFailureIsReported() {
        CitizenResult r = assess(Frames.scores("4", "3", "8", "8", "8", "8", "8", "8", "8", "8"));
        assertEquals(List.of(CitizenReason.Code.TOTAL_BELOW_PASS, CitizenReason.Code.INDICATOR_BELOW_MINIMUM,
                CitizenReason.Code.INDICATOR_BELOW_MINIMUM), r.reasons().stream().map(CitizenReason::code).toList());
    }

    @Test
    void missingScoreLeavesTheOutcomeUnknownWhileEightyIsReachable() {
        Map<String, BigDecimal> scores = Frames.scores("8", "8", "8", "8", "8", "8", "8", "8", "8");
        CitizenResult r = assess(scores);
        assertEquals(Outcome.UNKNOWN, r.outcome());
        assertEquals(Optional.empty(), r.total());
        assertEquals(Outcome.UNKNOWN, r.indicators().get(9).outcome());
        assertEquals("no score for indicator i10 \"Test indicator 10\"", r.reasons().get(0).message(Lang.EN));
    }

    @Test
    void missingScoreCannotRescueATotalThatCannotReachEighty() {
        // 9 × 7.7 = 69.3, plus at most 10 = 79.3 < 80.
        CitizenResult r = assess(Frames.scores("7.7", "7.7", "7.7", "7.7", "7.7", "7.7", "7.7", "7.7", "7.7"));
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals(CitizenReason.Code.TOTAL_CANNOT_REACH_PASS, r.reasons().get(0).code());
        assertEquals("the total can reach at most 79.3, below the pass mark of 80", r.reasons().get(0).message(Lang.EN));
    }

    @Test
    void aLowScoreIsDecisiveEvenWithScoresMissing() {
        CitizenResult r = assess(Frames.scores("2"));
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals(CitizenReason.Code.INDICATOR_BELOW_MINIMUM, r.reasons().get(0).code());
    }

    @Test
    void subtotalsPerCompetencyGroup() {
        CitizenResult r = assess(Frames.scores("9", "9", "9", "9", "8", "8", "8", "8", "7", "6.5"));
        assertEquals(0, new BigDecimal("36").compareTo(r.subtotals().get(CompetencyGroup.SELF_STUDY)));
        assertEquals(0, new BigDecimal("32").compareTo(r.subtotals().get(CompetencyGroup.INTERACTIVE_TOOLS)));
        assertEquals(0, new BigDecimal("13.5").compareTo(r.subtotals().get(CompetencyGroup.SOCIAL_RELATIONSHIPS)));
    }

    @Test
    void scoreAboveTheIndicatorMaximumIsAnInputError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> assess(Frames.scores("10.5", "8", "8", "8", "8", "8", "8", "8", "8", "8")));
        assertEquals("/scores/i1", e.problems().get(0).pointer());
        assertEquals(ProblemCode.OUT_OF_RANGE, e.problems().get(0).code());
    }

    @Test
    void negativeScoreAndUnknownIndicatorAreInputErrors() {
        Map<String, BigDecimal> scores = new java.util.HashMap<>(Frames.scores("-1"));
        scores.put("zz", BigDecimal.ONE);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> assess(scores));
        assertEquals(List.of("/scores/i1", "/scores/zz"), e.problems().stream().map(p -> p.pointer()).toList());
        assertEquals(ProblemCode.UNKNOWN_VALUE, e.problems().get(1).code());
    }

    @Test
    void unevenDecimalFrameIsScoredExactly() {
        CitizenResult met = LearningCitizen.assess(Frames.uneven(), 2024,
                Map.of("a", new BigDecimal("40.25"), "b", new BigDecimal("34.75"), "c", new BigDecimal("5")));
        assertTrue(met.met());
        assertEquals(0, new BigDecimal("80").compareTo(met.total().orElseThrow()));
        CitizenResult below = LearningCitizen.assess(Frames.uneven(), 2024,
                Map.of("a", new BigDecimal("40.25"), "b", new BigDecimal("34.74"), "c", new BigDecimal("5")));
        assertFalse(below.met());
    }

    @Test
    void frameMustTotalExactlyOneHundred() {
        List<ScoredIndicator> list = new java.util.ArrayList<>(Frames.tenByTen(CitizenGroup.WORKER).indicators());
        list.set(9, ScoredIndicator.of("i10", CompetencyGroup.SOCIAL_RELATIONSHIPS, Text.of("x", "x"), 9));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ScoringFrame(CitizenGroup.WORKER, "x", list));
        assertEquals("/indicators", e.problems().get(0).pointer());
        assertEquals(ProblemCode.OUT_OF_RANGE, e.problems().get(0).code());
    }

    @Test
    void frameMustScoreAllThreeCompetencyGroupsWithUniqueIds() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ScoringFrame(CitizenGroup.WORKER, "x",
                List.of(ScoredIndicator.of("a", CompetencyGroup.SELF_STUDY, Text.of("a", "a"), 50),
                        ScoredIndicator.of("a", CompetencyGroup.INTERACTIVE_TOOLS, Text.of("b", "b"), 50))));
        assertEquals(List.of(ProblemCode.DUPLICATE_ID, ProblemCode.JSON_MISSING_FIELD),
                e.problems().stream().map(p -> p.code()).toList());
        assertEquals("SOCIAL_RELATIONSHIPS", e.problems().get(1).args().get(0));
    }

    @Test
    void indicatorIdAndMaximumAreChecked() {
        assertThrows(InvalidInputException.class,
                () -> ScoredIndicator.of("bad id", CompetencyGroup.SELF_STUDY, Text.of("a", "a"), 10));
        assertThrows(InvalidInputException.class,
                () -> ScoredIndicator.of("ok", CompetencyGroup.SELF_STUDY, Text.of("a", "a"), 0));
    }
}
