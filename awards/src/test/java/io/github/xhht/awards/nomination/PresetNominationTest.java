package io.github.xhht.awards.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Fixtures;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.MovementPlan;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.History;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Cases from the texts of seeds 001-004 (Bình Dương, Hải Phòng, An Giang, Bắc Giang). */
class PresetNominationTest {
    private static final Achievement PHASE_1 = Achievement.of("p1", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31));
    private static final Achievement YEAR_2024 = Achievement.of("y", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31));

    private static Check check(MovementPlan plan, Nomination n, LocalDate asOf, String id) {
        return NominationChecks.check(plan, n, asOf, Interpretations.defaults()).check(id).orElseThrow();
    }

    @Test
    void binhDuongCommunesNeedCommuneLearningCommunityAndIndividualsLearningCitizen() {
        Subject commune = Subject.builder(SubjectKind.COMMUNE, "x", "Xã X").build();
        Nomination without = Nomination.builder("n", commune, PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
        Check c = check(Plans.BINH_DUONG, without, LocalDate.of(2025, 10, 1), "plan.binh-duong.commune.learning-community");
        assertEquals(Outcome.NOT_MET, c.outcome());
        assertEquals("mục III.1.đ Kế hoạch 151/KH-UBND (UBND tỉnh Bình Dương, 15/01/2024)", c.citations().get(0).render(Lang.VI));
        // a commune is the only category for its kind, so it need not be named
        Nomination with = Nomination.builder("n", commune, PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .history(Fixtures.recognised("tt25", LocalDate.of(2025, 3, 1))).build();
        assertEquals(Outcome.MET, check(Plans.BINH_DUONG, with, LocalDate.of(2025, 10, 1), "plan.binh-duong.commune.learning-community").outcome());
        // a district recognition is of the same scheme but the district is another subject: the commune's own history counts
        Subject family = Subject.builder(SubjectKind.HOUSEHOLD, "h", "Hộ H").build();
        Nomination household = Nomination.builder("n", family, PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .history(Fixtures.titled("LEARNING_FAMILY", 2024)).build();
        assertEquals(Outcome.MET, check(Plans.BINH_DUONG, household, LocalDate.of(2025, 10, 1), "plan.binh-duong.household.learning-family").outcome());
    }

    @Test
    void haiPhongSchoolsNeedAProvincialLearningUnitAndOfficesADistrictOne() {
        History recognised = Fixtures.recognised("tt24", LocalDate.of(2024, 4, 1));
        LocalDate asOf = LocalDate.of(2025, 10, 1);
        String rule = "plan.hai-phong-education.school.learning-unit";
        Nomination provincial = Nomination.builder("n", Fixtures.unit("s", AdminLevel.PROVINCE), PHASE_1,
                AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, Occasion.MIDTERM_REVIEW).category("school").history(recognised).build();
        assertEquals(Outcome.MET, check(Plans.HAI_PHONG_EDUCATION, provincial, asOf, rule).outcome());
        Nomination district = Nomination.builder("n", Fixtures.unit("s", AdminLevel.DISTRICT), PHASE_1,
                AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, Occasion.MIDTERM_REVIEW).category("school").history(recognised).build();
        Check other = check(Plans.HAI_PHONG_EDUCATION, district, asOf, rule);
        assertEquals(Outcome.NOT_MET, other.outcome());
        assertEquals(AwardReasonCode.TIER_OTHER, other.reason().code());
        Subject noTier = Subject.builder(SubjectKind.UNIT, "s", "S").build();
        Nomination unknown = Nomination.builder("n", noTier, PHASE_1, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, Occasion.MIDTERM_REVIEW)
                .category("school").history(recognised).build();
        assertEquals(Outcome.UNKNOWN, check(Plans.HAI_PHONG_EDUCATION, unknown, asOf, rule).outcome());
        Nomination office = Nomination.builder("n", Fixtures.unit("o", AdminLevel.DISTRICT), PHASE_1,
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).category("district-office").history(recognised).build();
        assertEquals(Outcome.MET, check(Plans.HAI_PHONG_EDUCATION, office, asOf, "plan.hai-phong-education.district-office.learning-unit").outcome());
        // annual awards in Hải Phòng are the schools' own certificates only
        Nomination annual = Nomination.builder("n", Fixtures.unit("s", AdminLevel.PROVINCE), YEAR_2024,
                AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, Occasion.ANNUAL).category("school").history(recognised).build();
        assertEquals(Outcome.NOT_MET, check(Plans.HAI_PHONG_EDUCATION, annual, asOf, "plan.hai-phong-education.occasion-form").outcome());
    }

    @Test
    void anGiangRequiresALearningUnitFromTheProvincialCertificateUpAndSetsItsDeadlines() {
        String rule = "plan.an-giang-vocational-college.collective.learning-unit";
        Subject faculty = Subject.builder(SubjectKind.UNIT, "k", "Khoa").build();
        LocalDate asOf = LocalDate.of(2024, 9, 20);
        for (AwardForm form : new AwardForm[] {AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT}) {
            Nomination n = Nomination.builder("n", faculty, PHASE_1, form, Occasion.MIDTERM_REVIEW).category("collective").build();
            Check c = check(Plans.AN_GIANG_COLLEGE, n, asOf, rule);
            assertEquals(Outcome.NOT_MET, c.outcome(), form.name());
            assertEquals("mục III.3.1", c.citations().get(0).local(Lang.VI));
        }
        Nomination certificate = Nomination.builder("n", faculty, PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .category("collective").build();
        assertEquals(Outcome.NOT_APPLICABLE, check(Plans.AN_GIANG_COLLEGE, certificate, asOf, rule).outcome());

        String deadline = "plan.an-giang-vocational-college.deadline";
        Nomination dayBefore = Nomination.builder("n", faculty, YEAR_2024, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .category("collective").submittedOn(LocalDate.of(2024, 9, 14)).build();
        assertEquals(Outcome.MET, check(Plans.AN_GIANG_COLLEGE, dayBefore, asOf, deadline).outcome());
        Nomination onTheDay = Nomination.builder("n", faculty, YEAR_2024, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .category("collective").submittedOn(LocalDate.of(2024, 9, 15)).build();
        assertEquals(Outcome.NOT_MET, check(Plans.AN_GIANG_COLLEGE, onTheDay, asOf, deadline).outcome());
        Nomination midterm = Nomination.builder("n", faculty, PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .category("collective").submittedOn(LocalDate.of(2025, 8, 15)).build();
        assertEquals(Outcome.NOT_MET, check(Plans.AN_GIANG_COLLEGE, midterm, asOf, deadline).outcome());
        // the 2024 date does not close a 2025 annual round, and the 2030 review has no deadline in the plan
        Achievement y2025 = Achievement.of("y25", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 8, 31));
        Nomination annual2025 = Nomination.builder("n", faculty, y2025, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .category("collective").submittedOn(LocalDate.of(2025, 10, 1)).build();
        assertEquals(Outcome.NOT_APPLICABLE, check(Plans.AN_GIANG_COLLEGE, annual2025, asOf, deadline).outcome());
    }

    @Test
    void bacGiangRegistrationIsDueBefore25October2023() {
        Subject school = Subject.builder(SubjectKind.UNIT, "s", "Trường").build();
        Achievement year = Achievement.of("nh", LocalDate.of(2023, 9, 5), LocalDate.of(2024, 5, 31));
        LocalDate asOf = LocalDate.of(2024, 7, 1);
        String rule = "plan.bac-giang-education.pr5";
        Nomination onTime = Nomination.builder("n", school, year, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .registeredOn(LocalDate.of(2023, 10, 24)).build();
        Check met = check(Plans.BAC_GIANG_EDUCATION, onTime, asOf, rule);
        assertEquals(Outcome.MET, met.outcome());
        assertEquals("mục II.2", met.citations().get(0).local(Lang.VI));
        assertEquals("mục II.5", met.citations().get(1).local(Lang.VI));
        Nomination late = Nomination.builder("n", school, year, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .registeredOn(LocalDate.of(2023, 10, 25)).build();
        assertEquals(Outcome.NOT_MET, check(Plans.BAC_GIANG_EDUCATION, late, asOf, rule).outcome());
        Nomination unregistered = Nomination.builder("n", school, year, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).build();
        assertEquals(Outcome.UNKNOWN, check(Plans.BAC_GIANG_EDUCATION, unregistered, asOf, rule).outcome());
        // the other plans do not state PR-5, so no registration check is made there
        assertEquals(java.util.Optional.empty(), NominationChecks.check(Plans.HCMC_EDUCATION, unregistered, asOf,
                Interpretations.defaults()).check("plan.hcmc-education.pr5"));
    }
}
