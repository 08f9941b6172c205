package io.github.xhht.awards.nomination;

import static io.github.xhht.awards.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AwardRecord;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.model.TitleRecord;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-nomination reasons the seed tests do not reach, each with the arguments its message shows. */
class NominationReasonsTest {
    private static final Interpretations DEFAULTS = Interpretations.defaults();
    private static final Achievement PHASE_1 = Achievement.of("p1", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31));

    private static Check check(MovementPlan plan, Nomination n, LocalDate asOf, String id) {
        return NominationChecks.check(plan, n, asOf, DEFAULTS).check(id).orElseThrow(() -> new AssertionError("no check " + id));
    }

    /** Seed 004 plans the 2023-2024 school year only: it commends at no mid-term review. */
    @Test
    void anOccasionThePlanDoesNotHoldIsRefused() {
        Subject school = Subject.builder(SubjectKind.UNIT, "s", "Trường").build();
        Nomination n = Nomination.builder("n", school, PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        Check c = check(Plans.BAC_GIANG_EDUCATION, n, LocalDate.of(2025, 9, 1), "plan.bac-giang-education.occasion-form");
        assertEquals(Outcome.NOT_MET, c.outcome());
        assertEquals(AwardReasonCode.OCCASION_NOT_IN_PLAN, c.reason().code());
        assertEquals(List.of(Plans.BAC_GIANG_DOCUMENT.whole()), c.citations());
    }

    /** Seed 002 sets standards for offices, schools and individuals only: a commune falls in none of its categories. */
    @Test
    void aKindTheCategoriesDoNotCoverIsNotApplicable() {
        Subject commune = Subject.builder(SubjectKind.COMMUNE, "x", "Xã X").build();
        Nomination n = Nomination.builder("n", commune, PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        Check c = check(Plans.HAI_PHONG_EDUCATION, n, LocalDate.of(2025, 9, 1), "plan.hai-phong-education.category");
        assertEquals(Outcome.NOT_APPLICABLE, c.outcome());
        assertEquals(AwardReasonCode.NO_CATEGORY_FOR_KIND, c.reason().code());
        assertEquals(List.of(SubjectKind.COMMUNE.label()), c.reason().args());
    }

    /** PR-1 names the earlier award by its form; a form code the library does not know is shown as given. */
    @Test
    void anEarlierAwardIsNamedByItsFormOrItsCode() {
        AwardRecord known = new AwardRecord("CERTIFICATE_OF_MERIT_PROVINCIAL", "p1", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 8, 1), "12/QĐ-UBND");
        AwardRecord foreign = new AwardRecord("KY_NIEM_CHUONG", "p1", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 8, 2), "13/QĐ-UBND");
        for (AwardRecord past : List.of(known, foreign)) {
            Nomination n = Nomination.builder("n", person("a"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                    .category("staff").history(new History(List.of(), List.of(past), List.of())).build();
            Check c = check(Plans.HCMC_EDUCATION, n, LocalDate.of(2025, 9, 1), "plan.hcmc-education.pr1");
            assertEquals(Outcome.NOT_MET, c.outcome());
            assertEquals(AwardReasonCode.ALREADY_AWARDED, c.reason().code());
            Object shown = past == known ? AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL.label() : "KY_NIEM_CHUONG";
            assertEquals(List.of("p1", shown, past.decisionDate()), c.reason().args());
        }
    }

    private static Check citizenCheck(List<TitleRecord> titles, LocalDate asOf) {
        Nomination n = Nomination.builder("n", person("a"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .category("staff").history(new History(List.of(), List.of(), titles)).build();
        return check(Plans.HCMC_EDUCATION, n, asOf, "plan.hcmc-education.staff.learning-citizen");
    }

    private static TitleRecord citizen(int year, LocalDate decided) {
        return new TitleRecord("LEARNING_CITIZEN", year, decided, "");
    }

    /**
     * Seed 000 §II.3.2.a: "Công dân học tập" held in a year from the achievement's first year to the year considered.
     * The first year counts and the year before does not; the year considered counts, a decision after the day does not.
     */
    @Test
    void learningCitizenCountsFromTheAchievementsFirstYearToTheDayConsidered() {
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        Check first = citizenCheck(List.of(citizen(2023, LocalDate.of(2023, 12, 20))), asOf);
        assertEquals(Outcome.MET, first.outcome());
        assertEquals(List.of(io.github.xhht.awards.LearningTitle.LEARNING_CITIZEN.label(), 2023), first.reason().args());
        Check before = citizenCheck(List.of(citizen(2022, LocalDate.of(2022, 12, 20))), asOf);
        assertEquals(Outcome.NOT_MET, before.outcome());
        assertEquals(AwardReasonCode.TITLE_NOT_HELD, before.reason().code());
        assertEquals(List.of(io.github.xhht.awards.LearningTitle.LEARNING_CITIZEN.label(), 2023, 2025), before.reason().args());
        assertEquals(Outcome.MET, citizenCheck(List.of(citizen(2025, asOf)), asOf).outcome());
        assertEquals(Outcome.NOT_MET, citizenCheck(List.of(citizen(2025, asOf.plusDays(1))), asOf).outcome());
        assertEquals(Outcome.NOT_MET, citizenCheck(List.of(citizen(2026, LocalDate.of(2025, 8, 1))), asOf).outcome());
        // another title's record does not count
        assertEquals(Outcome.NOT_MET, citizenCheck(List.of(new TitleRecord("LEARNING_FAMILY", 2024, LocalDate.of(2024, 12, 1), "")),
                asOf).outcome());
    }

    /** With several years held, the reason names the last one listed. */
    @Test
    void severalYearsHeldNameTheLastRecord() {
        Check c = citizenCheck(List.of(citizen(2023, LocalDate.of(2023, 12, 20)), citizen(2024, LocalDate.of(2024, 12, 20))),
                LocalDate.of(2025, 9, 1));
        assertEquals(Outcome.MET, c.outcome());
        assertEquals(AwardReasonCode.TITLE_HELD, c.reason().code());
        assertEquals(2024, c.reason().args().get(1));
        assertEquals("mục II.3.2.a", c.citations().get(0).local(Lang.VI));
    }
}
