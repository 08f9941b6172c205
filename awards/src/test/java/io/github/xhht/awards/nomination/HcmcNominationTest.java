package io.github.xhht.awards.nomination;

import static io.github.xhht.awards.Fixtures.person;
import static io.github.xhht.awards.Fixtures.recognised;
import static io.github.xhht.awards.Fixtures.titled;
import static io.github.xhht.awards.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.DossierDocument;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.AwardRecord;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.ProceedingKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cases from the HCMC education sector plan (seed 000). */
class HcmcNominationTest {
    private static final Interpretations DEFAULTS = Interpretations.defaults();
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final Achievement PHASE_1 = Achievement.of("phase1", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31));
    private static final String SCHOOL_RULE = "plan.hcmc-education.school.learning-unit";

    private static Nomination.Builder school(Subject subject, AwardForm form) {
        return Nomination.builder("n1", subject, PHASE_1, form, Occasion.MIDTERM_REVIEW)
                .category("school")
                .submittedOn(LocalDate.of(2025, 6, 20))
                .documents(DossierDocument.PROPOSAL_LETTER, DossierDocument.COUNCIL_MINUTES, DossierDocument.ACHIEVEMENT_REPORT);
    }

    private static Eligibility check(Nomination n, LocalDate asOf) {
        return NominationChecks.check(Plans.HCMC_EDUCATION, n, asOf, DEFAULTS);
    }

    @Test
    void aSchoolWithoutALearningUnitRecognitionIsRefusedCitingSectionII31d() {
        Eligibility e = check(school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL).build(), AS_OF);
        assertEquals(Outcome.NOT_MET, e.outcome());
        Check c = e.check(SCHOOL_RULE).orElseThrow();
        assertEquals(Outcome.NOT_MET, c.outcome());
        assertEquals(AwardReasonCode.RECOGNITION_NOT_HELD, c.reason().code());
        assertEquals("mục II.3.1.d", c.citations().get(0).local(Lang.VI));
        assertEquals(List.of(c), e.failures());
        assertTrue(c.describe(Lang.VI).contains("không có quyết định công nhận \"Đơn vị học tập\" còn giá trị ngày 01/09/2025"),
                c.describe(Lang.VI));
        assertTrue(c.describe(Lang.EN).contains("holds no \"Learning Unit\" recognition valid on 2025-09-01"), c.describe(Lang.EN));
    }

    @Test
    void aValidRecognitionLastsToTheEndOfTheThirdFollowingYear() {
        Nomination n = school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL)
                .history(recognised("tt24", LocalDate.of(2022, 3, 1))).build();
        Eligibility lastDay = check(n, LocalDate.of(2025, 12, 31));
        Check held = lastDay.check(SCHOOL_RULE).orElseThrow();
        assertEquals(Outcome.MET, held.outcome());
        assertEquals(List.of(Interpretation.I_3), held.interpretations());
        assertEquals(List.of(io.github.xhht.core.model.Level.LEVEL_1.label(), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31)),
                held.reason().args().subList(1, 4));
        assertEquals(Outcome.NOT_MET, check(n, LocalDate.of(2026, 1, 1)).check(SCHOOL_RULE).orElseThrow().outcome());
        // the other reading of I-3: 36 months from the decision
        Eligibility thirtySix = NominationChecks.check(Plans.HCMC_EDUCATION, n, LocalDate.of(2025, 3, 1),
                DEFAULTS.withExpiry(Interpretations.Expiry.THIRTY_SIX_MONTHS_FROM_DECISION));
        assertEquals(Outcome.NOT_MET, thirtySix.check(SCHOOL_RULE).orElseThrow().outcome());
    }

    @Test
    void aRecognitionDecidedAfterTheDayConsideredOrOfAnotherSchemeDoesNotCount() {
        Nomination later = school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL)
                .history(recognised("tt24", LocalDate.of(2025, 9, 2))).build();
        assertEquals(Outcome.NOT_MET, check(later, AS_OF).check(SCHOOL_RULE).orElseThrow().outcome());
        Nomination community = school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL)
                .history(recognised("tt25", LocalDate.of(2024, 3, 1))).build();
        assertEquals(Outcome.NOT_MET, check(community, AS_OF).check(SCHOOL_RULE).orElseThrow().outcome());
    }

    @Test
    void aRecognisedSchoolWithACompleteDossierSentInTimeIsEligible() {
        Nomination n = school(unit("s1", AdminLevel.DISTRICT), AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                .history(recognised("tt24", LocalDate.of(2024, 3, 1))).build();
        Eligibility e = check(n, AS_OF);
        assertTrue(e.eligible(), () -> e.failures().toString());
        assertEquals(List.of("plan.hcmc-education.occasion-form", "plan.hcmc-education.category", SCHOOL_RULE,
                "plan.hcmc-education.pr1", "plan.hcmc-education.pr2", "plan.hcmc-education.deadline", "plan.hcmc-education.dossier"),
                e.checks().stream().map(Check::id).toList());
        // the Prime Minister's form after 1 July 2025 also cites Decree 152 Art. 42
        assertTrue(e.check("plan.hcmc-education.dossier").orElseThrow().citations().stream()
                .anyMatch(c -> c.render(Lang.VI).equals("Điều 42 Nghị định 152/2025/NĐ-CP")));
    }

    @Test
    void theMidTermDeadlineIsBeforeFirstJuly2025() {
        History h = recognised("tt24", LocalDate.of(2024, 3, 1));
        Nomination dayBefore = school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_COMMENDATION).history(h)
                .submittedOn(LocalDate.of(2025, 6, 30)).build();
        assertEquals(Outcome.MET, check(dayBefore, AS_OF).check("plan.hcmc-education.deadline").orElseThrow().outcome());
        Nomination onTheDay = school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_COMMENDATION).history(h)
                .submittedOn(LocalDate.of(2025, 7, 1)).build();
        Check late = check(onTheDay, AS_OF).check("plan.hcmc-education.deadline").orElseThrow();
        assertEquals(Outcome.NOT_MET, late.outcome());
        assertEquals(AwardReasonCode.LATE, late.reason().code());
        assertEquals("mục IV.3", late.citations().get(0).local(Lang.VI));
        Nomination undated = Nomination.builder("n1", unit("s1", AdminLevel.DISTRICT), PHASE_1,
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).category("school").history(h).build();
        assertEquals(Outcome.UNKNOWN, check(undated, AS_OF).check("plan.hcmc-education.deadline").orElseThrow().outcome());
    }

    @Test
    void theAnnualDeadlineIsFirstJuneOfTheYearTheAchievementEnds() {
        Achievement year = Achievement.of("y2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31));
        Nomination n = Nomination.builder("n1", person("p1"), year, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .category("staff").submittedOn(LocalDate.of(2026, 5, 31)).build();
        Check c = check(n, LocalDate.of(2026, 6, 10)).check("plan.hcmc-education.deadline").orElseThrow();
        assertEquals(List.of(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1)), c.reason().args());
        assertEquals(Outcome.MET, c.outcome());
    }

    @Test
    void missingDocumentsAreListedAndAnInitiativeNeedsItsConfirmation() {
        Nomination n = Nomination.builder("n1", unit("s1", AdminLevel.DISTRICT), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION,
                        Occasion.MIDTERM_REVIEW).category("school").history(recognised("tt24", LocalDate.of(2024, 3, 1)))
                .submittedOn(LocalDate.of(2025, 6, 1)).documents(DossierDocument.PROPOSAL_LETTER).basedOnInitiative(true).build();
        Check c = check(n, AS_OF).check("plan.hcmc-education.dossier").orElseThrow();
        assertEquals(Outcome.NOT_MET, c.outcome());
        String en = c.reason().message(Lang.EN);
        assertTrue(en.contains("Minutes of the emulation") && en.contains("Achievement report")
                && en.contains("scope and effect of the invention"), en);
        assertFalse(en.contains("Proposal letter"), en);
    }

    @Test
    void aPendingProceedingBarsTheNominationAndAClosedOneDoesNot() {
        History h = recognised("tt24", LocalDate.of(2024, 3, 1));
        PendingProceeding open = new PendingProceeding(ProceedingKind.COMPLAINT, LocalDate.of(2025, 8, 1), Optional.empty(), "đơn 5");
        Check barred = check(school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_COMMENDATION).history(h)
                .proceeding(open).build(), AS_OF).check("plan.hcmc-education.pr2").orElseThrow();
        assertEquals(Outcome.NOT_MET, barred.outcome());
        assertEquals(AwardReasonCode.PENDING_PROCEEDING, barred.reason().code());
        assertEquals("mục II.2", barred.citations().get(0).local(Lang.VI));
        // pending on the day the dossier was sent, closed before the day considered: the proposal was barred
        PendingProceeding closedLater = new PendingProceeding(ProceedingKind.DISCIPLINE, LocalDate.of(2025, 6, 1),
                Optional.of(LocalDate.of(2025, 8, 1)), "");
        assertEquals(Outcome.NOT_MET, check(school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_COMMENDATION).history(h)
                .proceeding(closedLater).build(), AS_OF).check("plan.hcmc-education.pr2").orElseThrow().outcome());
        // closed on the day it was sent: no longer pending
        PendingProceeding closed = new PendingProceeding(ProceedingKind.DISCIPLINE, LocalDate.of(2025, 1, 1),
                Optional.of(LocalDate.of(2025, 6, 20)), "");
        assertEquals(Outcome.MET, check(school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_COMMENDATION).history(h)
                .proceeding(closed).build(), AS_OF).check("plan.hcmc-education.pr2").orElseThrow().outcome());
    }

    @Test
    void anAchievementAlreadyRewardedIsNotRewardedAgain() {
        AwardRecord past = new AwardRecord("CERTIFICATE_OF_COMMENDATION", "phase1", LocalDate.of(2023, 1, 1),
                LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 10), "9/QĐ-SGDĐT");
        History h = new History(List.of(io.github.xhht.awards.Fixtures.recognition("tt24", LocalDate.of(2024, 3, 1))),
                List.of(past), List.of());
        Check c = check(school(unit("s1", AdminLevel.DISTRICT), AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL).history(h).build(), AS_OF)
                .check("plan.hcmc-education.pr1").orElseThrow();
        assertEquals(Outcome.NOT_MET, c.outcome());
        assertTrue(c.reason().message(Lang.VI).contains("đã được khen thưởng bằng Giấy khen"), c.reason().message(Lang.VI));
    }

    @Test
    void theLabourOrderIsOfferedOnlyAtTheFinalReview() {
        Check c = check(school(unit("s1", AdminLevel.DISTRICT), AwardForm.LABOUR_ORDER_THIRD_CLASS).build(), AS_OF)
                .check("plan.hcmc-education.occasion-form").orElseThrow();
        assertEquals(Outcome.NOT_MET, c.outcome());
        assertEquals(AwardReasonCode.FORM_NOT_OFFERED, c.reason().code());
        assertEquals("mục III.2", c.citations().get(0).local(Lang.VI));
    }

    @Test
    void staffMustHoldLearningCitizen() {
        Nomination without = Nomination.builder("n2", person("p1"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION,
                Occasion.MIDTERM_REVIEW).category("staff").build();
        Check c = check(without, AS_OF).check("plan.hcmc-education.staff.learning-citizen").orElseThrow();
        assertEquals(Outcome.NOT_MET, c.outcome());
        assertEquals("mục II.3.2.a", c.citations().get(0).local(Lang.VI));
        assertEquals("Quyết định 324/QĐ-KHVN", c.citations().get(1).render(Lang.VI));
        Nomination with = Nomination.builder("n2", person("p1"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION,
                Occasion.MIDTERM_REVIEW).category("staff").history(titled("LEARNING_CITIZEN", 2024)).build();
        assertEquals(Outcome.MET, check(with, AS_OF).check("plan.hcmc-education.staff.learning-citizen").orElseThrow().outcome());
        // a title for a year before the achievement period does not count
        Nomination old = Nomination.builder("n2", person("p1"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION,
                Occasion.MIDTERM_REVIEW).category("staff").history(titled("LEARNING_CITIZEN", 2022)).build();
        assertEquals(Outcome.NOT_MET, check(old, AS_OF).check("plan.hcmc-education.staff.learning-citizen").orElseThrow().outcome());
    }

    @Test
    void theCategoryMustBeNamedWhenSeveralFitAndMustFitTheSubject() {
        Nomination unnamed = Nomination.builder("n1", unit("s1", AdminLevel.DISTRICT), PHASE_1,
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        Check c = check(unnamed, AS_OF).check("plan.hcmc-education.category").orElseThrow();
        assertEquals(Outcome.UNKNOWN, c.outcome());
        assertEquals(AwardReasonCode.CATEGORY_NOT_GIVEN, c.reason().code());
        Nomination wrongKind = Nomination.builder("n1", person("p1"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION,
                Occasion.MIDTERM_REVIEW).category("school").build();
        assertEquals(Outcome.NOT_MET, check(wrongKind, AS_OF).check("plan.hcmc-education.category").orElseThrow().outcome());
        Nomination unknown = Nomination.builder("n1", person("p1"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION,
                Occasion.MIDTERM_REVIEW).category("kindergarten").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> check(unknown, AS_OF));
        assertEquals("/category", e.problems().get(0).pointer());
    }

    @Test
    void aNominationTakesTheSubjectHistoryAndProceedingsOfADossier() {
        PendingProceeding open = new PendingProceeding(ProceedingKind.INVESTIGATION, LocalDate.of(2025, 8, 1), Optional.empty(), "");
        io.github.xhht.core.model.Dossier dossier = io.github.xhht.core.model.Dossier.builder("tt24", unit("s9", AdminLevel.DISTRICT),
                        io.github.xhht.core.model.AssessmentPeriod.calendarYear(2024))
                .recognition(io.github.xhht.awards.Fixtures.recognition("tt24", LocalDate.of(2024, 3, 1))).proceeding(open).build();
        Nomination n = school(person("placeholder"), AwardForm.CERTIFICATE_OF_COMMENDATION).dossier(dossier).build();
        assertEquals("s9", n.subject().id());
        Eligibility e = check(n, AS_OF);
        assertEquals(Outcome.MET, e.check(SCHOOL_RULE).orElseThrow().outcome());
        assertEquals(Outcome.NOT_MET, e.check("plan.hcmc-education.pr2").orElseThrow().outcome());
    }

    @Test
    void everyReasonCodeHasAMessageInBothLanguages() {
        for (AwardReasonCode code : AwardReasonCode.values()) {
            for (Lang lang : Lang.values()) {
                assertTrue(AwardMessages.of(lang).has("award.reason." + code.name()), code + " " + lang);
            }
        }
    }
}
