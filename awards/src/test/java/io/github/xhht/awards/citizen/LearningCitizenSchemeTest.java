package io.github.xhht.awards.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.eval.Scheme;
import io.github.xhht.core.eval.Status;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.i18n.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningCitizenSchemeTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 20);
    static final Evidence PROOF = Evidence.of("congdanhoctap.vn", "Hội Khuyến học xã", LocalDate.of(2024, 12, 5), "Phiếu tự đánh giá đã xác minh");
    static final Scheme SCHEME = LearningCitizenScheme.scheme(List.of(
            Frames.tenByTen(CitizenGroup.RESIDENT), Frames.tenByTen(CitizenGroup.WORKER)));

    static Dossier.Builder resident(String... scores) {
        Dossier.Builder b = Dossier.builder("citizen",
                Subject.builder(SubjectKind.INDIVIDUAL, "c1", "Lê Thị C").unitKind("resident").build(),
                AssessmentPeriod.calendarYear(2024));
        for (int i = 0; i < scores.length; i++) {
            b.fact(key(i + 1), new FactValue.Amount(new BigDecimal(scores[i])), PROOF);
        }
        return b;
    }

    static FactKey<FactValue.Amount> key(int i) {
        return FactKey.amount("score.i" + i, Text.of("i" + i, "i" + i));
    }

    static Finding find(Decision d, String id) {
        return d.find(id).orElseThrow(() -> new AssertionError("no finding " + id));
    }

    @Test
    void eightyWithEveryIndicatorAtLeastFiveIsMet() {
        Decision d = SCHEME.evaluate(resident("8", "8", "8", "8", "8", "8", "8", "8", "8", "8").build(), AS_OF);
        assertTrue(LearningCitizenScheme.met(d));
        assertEquals("citizen.resident", d.ruleSetId().orElseThrow());
        Finding total = find(d, "citizen.resident.total");
        assertEquals("total 80/100: at least 80 and no indicator below 5", total.reason().message(Lang.EN));
        assertEquals("Quyết định 324/QĐ-KHVN", total.citation().orElseThrow().render(Lang.VI));
    }

    @Test
    void seventyNineIsNotMetAndTheTotalSaysWhy() {
        Decision d = SCHEME.evaluate(resident("8", "8", "8", "8", "8", "8", "8", "8", "8", "7").build(), AS_OF);
        assertFalse(LearningCitizenScheme.met(d));
        assertEquals("tổng điểm 79 thấp hơn mức đạt 80 điểm", find(d, "citizen.resident.total").reason().message(Lang.VI));
        assertEquals(Outcome.MET, find(d, "citizen.resident.self_study").outcome());
    }

    @Test
    void indicatorAtFourFailsItsCompetencyGroup() {
        Decision d = SCHEME.evaluate(resident("10", "10", "10", "10", "10", "10", "10", "10", "10", "4").build(), AS_OF);
        assertFalse(LearningCitizenScheme.met(d));
        Finding i10 = find(d, "citizen.resident.i10");
        assertEquals(Outcome.NOT_MET, i10.outcome());
        assertEquals("indicator i10 \"Test indicator 10\" scored 4, below the minimum of 5", i10.reason().message(Lang.EN));
        assertEquals(Outcome.NOT_MET, find(d, "citizen.resident.social_relationships").outcome());
        assertEquals(Outcome.MET, find(d, "citizen.resident.total").outcome());
        assertTrue(LearningCitizenScheme.met(SCHEME.evaluate(
                resident("10", "10", "10", "10", "10", "10", "10", "10", "10", "5").build(), AS_OF)));
    }

    @Test
    void scoreWithoutEvidenceIsNotMetUnderI7() {
        Dossier d = resident("8", "8", "8", "8", "8", "8", "8", "8", "8", "8")
                .fact(key(3), new FactValue.Amount(new BigDecimal("8"))).build();
        Decision decision = SCHEME.evaluate(d, AS_OF);
        assertFalse(LearningCitizenScheme.met(decision));
        assertEquals(ReasonCode.NO_EVIDENCE, find(decision, "citizen.resident.i3").reason().code());
        assertTrue(decision.interpretations().contains(Interpretation.I_7));
    }

    @Test
    void missingScoreIsUnknown() {
        Decision d = SCHEME.evaluate(resident("8", "8", "8", "8", "8", "8", "8", "8", "8").build(), AS_OF);
        assertEquals(Outcome.UNKNOWN, d.level(Level.LEVEL_1).orElseThrow().outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, find(d, "citizen.resident.i10").reason().code());
        assertEquals(ReasonCode.PARTS_UNKNOWN, find(d, "citizen.resident.total").reason().code());
    }

    @Test
    void theGroupSelectsTheForm() {
        Dossier learner = Dossier.builder("citizen",
                Subject.builder(SubjectKind.INDIVIDUAL, "c2", "Phạm D").unitKind("learner").build(),
                AssessmentPeriod.calendarYear(2024)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SCHEME.evaluate(learner, AS_OF));
        assertEquals(ProblemCode.SUBJECT_NOT_COVERED, e.problems().get(0).code());
    }

    @Test
    void periodMustBeOneCalendarYear() {
        Dossier d = Dossier.builder("citizen",
                        Subject.builder(SubjectKind.INDIVIDUAL, "c1", "Lê Thị C").unitKind("resident").build(),
                        new AssessmentPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)))
                .build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SCHEME.evaluate(d, AS_OF));
        assertEquals("/period", e.problems().get(0).pointer());
    }

    @Test
    void scoreAboveItsMaximumIsAnInputErrorAtItsFact() {
        Dossier d = resident("8", "8", "8", "8", "8", "8", "8", "8", "8", "11").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SCHEME.evaluate(d, AS_OF));
        assertEquals("/facts/score.i10/amount", e.problems().get(0).pointer());
    }

    @Test
    void beforeDecision324NoRuleSetIsInForce() {
        Decision d = SCHEME.evaluate(resident("8").build(), LocalDate.of(2023, 10, 24));
        assertEquals(Status.NO_RULE_SET_IN_FORCE, d.status());
    }

    @Test
    void twoFramesForOneGroupAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LearningCitizenScheme.scheme(List.of(
                Frames.tenByTen(CitizenGroup.WORKER), Frames.tenByTen(CitizenGroup.WORKER))));
    }

    @Test
    void dossierRouteGivesThePerIndicatorResult() {
        CitizenResult r = LearningCitizen.assess(Frames.tenByTen(CitizenGroup.RESIDENT),
                resident("8", "8", "8", "8", "8", "8", "8", "8", "8", "8").build());
        assertTrue(r.met());
        assertEquals(2024, r.year());
        assertEquals(10, r.indicators().size());
    }

    @Test
    void sampleDossiersEvaluateAsTheirNamesSay() throws IOException {
        Path dir = Path.of("..", "examples", "dossiers", "citizen");
        Decision met = SCHEME.evaluate(DossierJson.strict().read(Files.readString(dir.resolve("resident-met.json"))), AS_OF);
        assertTrue(LearningCitizenScheme.met(met));
        Decision notMet = SCHEME.evaluate(DossierJson.strict().read(Files.readString(dir.resolve("worker-indicator-below-5.json"))), AS_OF);
        assertFalse(LearningCitizenScheme.met(notMet));
        assertEquals(Outcome.NOT_MET, find(notMet, "citizen.worker.i9").outcome());
        assertEquals(Outcome.MET, find(notMet, "citizen.worker.total").outcome());
    }
}
