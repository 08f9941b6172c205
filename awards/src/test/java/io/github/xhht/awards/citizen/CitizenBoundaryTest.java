package io.github.xhht.awards.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Decision 324/QĐ-KHVN's pass rule at its edges: 80 points still reachable with scores missing, scores
 * outside an indicator's range in a dossier, and one indicator's measure on its own.
 */
class CitizenBoundaryTest {
    private static final ScoringFrame FRAME = Frames.tenByTen(CitizenGroup.RESIDENT);
    private static final Evidence PROOF = Evidence.of("congdanhoctap.vn", "Hội Khuyến học xã", LocalDate.of(2024, 12, 5), "Phiếu");

    /** Eight scores of 7.5 (60) with two indicators of 10 open: 80 can still be reached, so the outcome waits. */
    @Test
    void exactlyEightyStillReachableIsUnknownNotRefused() {
        Map<String, BigDecimal> scores = Frames.scores("7.5", "7.5", "7.5", "7.5", "7.5", "7.5", "7.5", "7.5");
        CitizenResult r = LearningCitizen.assess(FRAME, 2024, scores);
        assertEquals(Outcome.UNKNOWN, r.outcome());
        assertEquals(List.of(CitizenReason.Code.SCORE_MISSING, CitizenReason.Code.SCORE_MISSING),
                r.reasons().stream().map(CitizenReason::code).toList());
        assertEquals(Optional.empty(), r.total());
        assertEquals(Outcome.UNKNOWN, LearningCitizen.total(FRAME, scores).outcome());
        assertEquals(new BigDecimal("60.0"), LearningCitizen.total(FRAME, scores).known());
    }

    /** One hundredth less (79.99 reachable) and the title is out of reach whatever the missing scores are. */
    @Test
    void oneHundredthBelowReachableEightyIsRefused() {
        Map<String, BigDecimal> scores = Frames.scores("7.5", "7.5", "7.5", "7.5", "7.5", "7.5", "7.5", "7.49");
        CitizenResult r = LearningCitizen.assess(FRAME, 2024, scores);
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals(List.of(CitizenReason.Code.TOTAL_CANNOT_REACH_PASS), r.reasons().stream().map(CitizenReason::code).toList());
        assertEquals(List.of(new BigDecimal("79.99"), 80), r.reasons().get(0).args());
    }

    /** Every problem is reported, in pointer order, whatever order the caller's map has. */
    @Test
    void scoreProblemsAreListedInPointerOrder() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("i9", new BigDecimal("11"));
        scores.put("i1", new BigDecimal("-1"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LearningCitizen.assess(FRAME, 2024, scores));
        assertEquals(List.of("/scores/i1", "/scores/i9"), e.problems().stream().map(Problem::pointer).toList());
        assertEquals(List.of(ProblemCode.OUT_OF_RANGE, ProblemCode.OUT_OF_RANGE), e.problems().stream().map(Problem::code).toList());
    }

    /** A dossier's out-of-range score is pointed at where it sits in the dossier, not at the map of scores. */
    @Test
    void aDossierScoreOutOfRangeIsPointedAtInTheDossier() {
        Dossier d = Dossier.builder("citizen", Subject.builder(SubjectKind.INDIVIDUAL, "c1", "Lê Thị C").unitKind("resident").build(),
                        AssessmentPeriod.calendarYear(2024))
                .fact(FactKey.amount("score.i3", Text.of("i3", "i3")), new FactValue.Amount(new BigDecimal("10.5")), PROOF)
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LearningCitizen.assess(FRAME, d));
        assertEquals(List.of("/facts/score.i3/amount"), e.problems().stream().map(Problem::pointer).toList());
        assertEquals(ProblemCode.OUT_OF_RANGE, e.problems().get(0).code());
    }

    /** An indicator's measure reads its own fact and refuses a score above the indicator's maximum. */
    @Test
    void theIndicatorMeasureReadsItsFactAndChecksTheRange() {
        ScoredIndicator i1 = FRAME.indicator("i1").orElseThrow();
        ScoreMeasure measure = new ScoreMeasure(i1);
        assertEquals(List.of("score.i1"), measure.facts().stream().map(FactKey::name).toList());
        assertEquals("at least 5 points (of 10)", measure.requirement().message(Lang.EN));
        Dossier above = Dossier.builder("citizen", Subject.builder(SubjectKind.INDIVIDUAL, "c1", "C").unitKind("resident").build(),
                        AssessmentPeriod.calendarYear(2024))
                .fact(measure.key(), new FactValue.Amount(new BigDecimal("10.01")), PROOF).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> measure.assess(EvaluationContext.of(above, LocalDate.of(2025, 1, 20))));
        assertEquals("/facts/score.i1/amount", e.problems().get(0).pointer());
        Dossier atMax = Dossier.builder("citizen", Subject.builder(SubjectKind.INDIVIDUAL, "c1", "C").unitKind("resident").build(),
                        AssessmentPeriod.calendarYear(2024))
                .fact(measure.key(), new FactValue.Amount(new BigDecimal("10")), PROOF).build();
        assertEquals(Outcome.MET, measure.assess(EvaluationContext.of(atMax, LocalDate.of(2025, 1, 20))).outcome());
    }

    /** An indicator is worth more than 0 and at most the whole 100 points. */
    @Test
    void indicatorMaximumIsAboveZeroAndAtMostAHundred() {
        Text label = Text.of("X", "X");
        assertEquals(new BigDecimal("100"), ScoredIndicator.of("x", CompetencyGroup.SELF_STUDY, label, 100).maxPoints());
        assertEquals(new BigDecimal("0.01"),
                new ScoredIndicator("x", CompetencyGroup.SELF_STUDY, label, new BigDecimal("0.01")).maxPoints());
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> ScoredIndicator.of("x", CompetencyGroup.SELF_STUDY, label, 0));
        assertEquals("/maxPoints", zero.problems().get(0).pointer());
        assertEquals(ProblemCode.OUT_OF_RANGE, zero.problems().get(0).code());
        assertThrows(InvalidInputException.class, () -> new ScoredIndicator("x", CompetencyGroup.SELF_STUDY, label,
                new BigDecimal("100.01")));
        InvalidInputException badId = assertThrows(InvalidInputException.class,
                () -> ScoredIndicator.of("1x", CompetencyGroup.SELF_STUDY, label, 10));
        assertEquals("/id", badId.problems().get(0).pointer());
        assertEquals("score.x", ScoredIndicator.of("x", CompetencyGroup.SELF_STUDY, label, 10).factName());
    }
}
