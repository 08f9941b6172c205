package io.github.xhht.awards.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The total's measure on its own, and the small parts of the citizen model: group codes and message patterns. */
class CitizenPartsTest {
    private static final ScoringFrame FRAME = Frames.uneven();
    private static final TotalMeasure TOTAL = new TotalMeasure(FRAME);
    private static final Evidence PROOF = Evidence.of("congdanhoctap.vn", "Hội Khuyến học xã", LocalDate.of(2024, 12, 5), "Phiếu");
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 20);

    private static Dossier learner(AssessmentPeriod period, String... idAndScore) {
        Dossier.Builder b = Dossier.builder("citizen", Subject.builder(SubjectKind.INDIVIDUAL, "c1", "C").unitKind("learner").build(), period);
        for (int i = 0; i < idAndScore.length; i += 2) {
            b.fact(FactKey.amount("score." + idAndScore[i], FRAME.indicator(idAndScore[i]).orElseThrow().label()),
                    new FactValue.Amount(new BigDecimal(idAndScore[i + 1])), PROOF);
        }
        return b.build();
    }

    private static Assessment total(Dossier d) {
        return TOTAL.assess(EvaluationContext.of(d, AS_OF));
    }

    @Test
    void theTotalReadsEveryIndicatorsScore() {
        assertEquals(List.of("score.a", "score.b", "score.c"), TOTAL.facts().stream().map(FactKey::name).toList());
    }

    /** While 80 can still be reached, the total waits and names only the indicators still without a score. */
    @Test
    void theTotalNamesOnlyTheMissingIndicatorsWhileEightyIsReachable() {
        Assessment a = total(learner(AssessmentPeriod.calendarYear(2024), "b", "35"));
        assertEquals(Outcome.UNKNOWN, a.outcome());
        assertEquals(ReasonCode.PARTS_UNKNOWN, a.reason().code());
        assertEquals(List.of("a, c"), a.reason().args());
        assertEquals(Optional.empty(), a.observed());
    }

    /** The sum is shown as observed only when every score is in; a refusal on the reachable total shows none. */
    @Test
    void theTotalShowsTheSumOnlyWhenComplete() {
        Assessment complete = total(learner(AssessmentPeriod.calendarYear(2024), "a", "40", "b", "30", "c", "10"));
        assertEquals(Outcome.MET, complete.outcome());
        assertEquals(Optional.of(new FactValue.Amount(new BigDecimal("80"))), complete.observed());
        Assessment hopeless = total(learner(AssessmentPeriod.calendarYear(2024), "a", "20", "b", "10"));
        assertEquals(Outcome.NOT_MET, hopeless.outcome());
        assertEquals(Optional.empty(), hopeless.observed());
    }

    /** Decision 324 assesses per calendar year: a school year is refused before any score is read. */
    @Test
    void theTotalRefusesAPeriodThatIsNotACalendarYear() {
        Dossier schoolYear = learner(new AssessmentPeriod(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)),
                "a", "40", "b", "30", "c", "10");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> total(schoolYear));
        assertEquals("/period", e.problems().get(0).pointer());
    }

    /** The total refuses a score above its indicator's maximum (47.5 for "a"), pointing at the dossier fact. */
    @Test
    void theTotalRefusesAScoreAboveItsIndicatorsMaximum() {
        Dossier above = learner(AssessmentPeriod.calendarYear(2024), "a", "47.6", "b", "30", "c", "10");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> total(above));
        assertEquals(List.of("/facts/score.a/amount"), e.problems().stream().map(p -> p.pointer()).toList());
        assertEquals(Outcome.MET, total(learner(AssessmentPeriod.calendarYear(2024), "a", "47.5", "b", "30", "c", "10")).outcome());
    }

    @Test
    void groupsAreNamedByTheirUnitKindCode() {
        assertEquals("resident", CitizenGroup.RESIDENT.code());
        assertEquals("learner", CitizenGroup.LEARNER.code());
        assertEquals(Optional.of(CitizenGroup.LEARNER),
                CitizenGroup.of(Subject.builder(SubjectKind.INDIVIDUAL, "c", "C").unitKind("learner").build()));
        assertEquals("citizen.learner", LearningCitizenScheme.ruleSet(FRAME).id());
    }

    /** A reason's message is its code's pattern filled with its arguments. */
    @Test
    void aReasonIsItsPatternFilledIn() {
        assertEquals("no score for indicator {0} \"{1}\"", CitizenReason.Code.SCORE_MISSING.pattern().en());
        CitizenReason r = CitizenReason.of(CitizenReason.Code.SCORE_MISSING, "a", "A");
        assertEquals("no score for indicator a \"A\"", r.message(Lang.EN));
    }
}
