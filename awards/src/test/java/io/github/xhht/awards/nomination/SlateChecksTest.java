package io.github.xhht.awards.nomination;

import static io.github.xhht.awards.Fixtures.recognised;
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
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-checks of slates under the HCMC plan (seed 000) and the An Giang plan (seed 003). */
class SlateChecksTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final String PM_QUOTA = "plan.hcmc-education.quota.MIDTERM_REVIEW.PRIME_MINISTER_CERTIFICATE_OF_MERIT";

    private static Nomination school(String id, String subjectId, String achievement, AwardForm form) {
        return school(id, unit(subjectId, AdminLevel.DISTRICT), achievement, form);
    }

    private static Nomination school(String id, Subject subject, String achievement, AwardForm form) {
        return Nomination.builder(id, subject, Achievement.of(achievement, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                        form, Occasion.MIDTERM_REVIEW)
                .category("school").history(recognised("tt24", LocalDate.of(2024, 3, 1))).submittedOn(LocalDate.of(2025, 6, 20))
                .documents(DossierDocument.PROPOSAL_LETTER, DossierDocument.COUNCIL_MINUTES, DossierDocument.ACHIEVEMENT_REPORT)
                .build();
    }

    private static SlateResult check(List<Nomination> nominations, List<GivenQuota> quotas) {
        return SlateChecks.check(new Slate(Plans.HCMC_EDUCATION, AS_OF, nominations, quotas), Interpretations.defaults());
    }

    private static List<Nomination> primeMinister(int how) {
        List<Nomination> list = new ArrayList<>();
        for (int i = 1; i <= how; i++) {
            list.add(school("n" + i, "s" + i, "a" + i, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT));
        }
        return list;
    }

    @Test
    void threePrimeMinisterCertificatesIn2025BreakTheCitysQuotaOfTwo() {
        SlateResult three = check(primeMinister(3), List.of());
        assertFalse(three.eligible());
        Check quota = three.check(PM_QUOTA).orElseThrow();
        assertEquals(Outcome.NOT_MET, quota.outcome());
        assertEquals(AwardReasonCode.QUOTA_EXCEEDED, quota.reason().code());
        assertEquals(List.of(3, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT.label(), Occasion.MIDTERM_REVIEW.label(), 2),
                quota.reason().args());
        assertEquals("mục III.2.a", quota.citations().get(0).local(Lang.VI));
        assertTrue(three.nominations().stream().allMatch(Eligibility::eligible), "each nomination on its own is eligible");

        SlateResult two = check(primeMinister(2), List.of());
        assertTrue(two.eligible(), () -> two.toString());
        assertEquals(Outcome.MET, two.check(PM_QUOTA).orElseThrow().outcome());
    }

    @Test
    void aQuotaThePlanDoesNotStateIsReportedUntilTheCallerGivesOne() {
        List<Nomination> city = List.of(school("n1", "s1", "a1", AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL));
        String id = "plan.hcmc-education.quota.MIDTERM_REVIEW.CERTIFICATE_OF_MERIT_PROVINCIAL";
        Check missing = check(city, List.of()).check(id).orElseThrow();
        assertEquals(Outcome.UNKNOWN, missing.outcome());
        assertEquals(AwardReasonCode.QUOTA_NOT_GIVEN, missing.reason().code());
        assertTrue(missing.citations().stream().anyMatch(c -> c.render(Lang.VI).equals("Hướng dẫn 216/HD-BNV")));
        assertEquals(Outcome.MET, check(city, List.of(GivenQuota.atMost(Occasion.MIDTERM_REVIEW,
                AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, 1, "QĐ của UBND TP"))).check(id).orElseThrow().outcome());
        assertEquals(Outcome.NOT_MET, check(city, List.of(GivenQuota.atMost(Occasion.MIDTERM_REVIEW,
                AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, 0, ""))).check(id).orElseThrow().outcome());
        Check unlimited = check(city, List.of(GivenQuota.unlimited(Occasion.MIDTERM_REVIEW,
                AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, "theo thẩm quyền"))).check(id).orElseThrow();
        assertEquals(AwardReasonCode.QUOTA_UNLIMITED, unlimited.reason().code());
        // the plan's own quota wins over a caller's
        SlateResult overridden = check(primeMinister(3), List.of(GivenQuota.unlimited(Occasion.MIDTERM_REVIEW,
                AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, "")));
        assertEquals(Outcome.NOT_MET, overridden.check(PM_QUOTA).orElseThrow().outcome());
    }

    @Test
    void twoFormsForOneAchievementOfOneSubjectAreRefusedOnBothNominations() {
        List<Nomination> slate = List.of(school("n1", "s1", "a1", AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT),
                school("n2", "s1", "a1", AwardForm.CERTIFICATE_OF_COMMENDATION),
                school("n3", "s1", "a2", AwardForm.CERTIFICATE_OF_COMMENDATION),
                school("n4", "s2", "a1", AwardForm.CERTIFICATE_OF_COMMENDATION));
        SlateResult r = check(slate, List.of(GivenQuota.unlimited(Occasion.MIDTERM_REVIEW, AwardForm.CERTIFICATE_OF_COMMENDATION, "")));
        Check n1 = r.nomination("n1").orElseThrow().check("plan.hcmc-education.pr1.slate").orElseThrow();
        assertEquals(Outcome.NOT_MET, n1.outcome());
        assertEquals(List.of("a1", "n2"), n1.reason().args());
        assertEquals("mục II.2", n1.citations().get(0).local(Lang.VI));
        assertEquals(Outcome.NOT_MET, r.nomination("n2").orElseThrow().check("plan.hcmc-education.pr1.slate").orElseThrow().outcome());
        // another achievement of the same subject, or the same achievement id for another subject, is fine
        assertEquals(Outcome.MET, r.nomination("n3").orElseThrow().check("plan.hcmc-education.pr1.slate").orElseThrow().outcome());
        assertEquals(Outcome.MET, r.nomination("n4").orElseThrow().check("plan.hcmc-education.pr1.slate").orElseThrow().outcome());
        assertFalse(r.eligible());
    }

    @Test
    void aCollectiveAndItsSubUnitAreNotBothProposedForOneAchievement() {
        Subject college = Subject.builder(SubjectKind.UNIT, "college", "Trường").build();
        Subject faculty = Subject.builder(SubjectKind.UNIT, "faculty", "Khoa").parentId("college").build();
        Subject section = Subject.builder(SubjectKind.UNIT, "section", "Tổ").parentId("faculty").build();
        Subject teacher = Subject.builder(SubjectKind.INDIVIDUAL, "t1", "Giáo viên").parentId("faculty").build();
        List<GivenQuota> open = List.of(GivenQuota.unlimited(Occasion.MIDTERM_REVIEW, AwardForm.CERTIFICATE_OF_COMMENDATION, ""));
        SlateResult r = SlateChecks.check(new Slate(Plans.AN_GIANG_COLLEGE, AS_OF, List.of(
                anGiang("n1", college, "a1"), anGiang("n2", section, "a1"), anGiang("n3", teacher, "a1"), anGiang("n4", faculty, "a2")),
                open), Interpretations.defaults());
        Check top = r.nomination("n1").orElseThrow().check("plan.an-giang-vocational-college.pr3").orElseThrow();
        assertEquals(Outcome.NOT_MET, top.outcome());
        assertEquals(List.of("a1", "section"), top.reason().args());
        assertEquals("mục III.2", top.citations().get(0).local(Lang.VI));
        // the grandchild sees its grandparent through the faculty, which is in the slate for another achievement
        assertEquals(Outcome.NOT_MET, r.nomination("n2").orElseThrow().check("plan.an-giang-vocational-college.pr3").orElseThrow().outcome());
        // individuals are not sub-units
        assertEquals(Outcome.NOT_APPLICABLE, r.nomination("n3").orElseThrow().check("plan.an-giang-vocational-college.pr3").orElseThrow().outcome());
        assertEquals(Outcome.MET, r.nomination("n4").orElseThrow().check("plan.an-giang-vocational-college.pr3").orElseThrow().outcome());
    }

    private static Nomination anGiang(String id, Subject subject, String achievement) {
        return Nomination.builder(id, subject, Achievement.of(achievement, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).build();
    }

    @Test
    void duplicateNominationIdsAreATypedInputError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Slate(Plans.HCMC_EDUCATION, AS_OF, List.of(
                school("n1", "s1", "a1", AwardForm.CERTIFICATE_OF_COMMENDATION),
                school("n1", "s2", "a2", AwardForm.CERTIFICATE_OF_COMMENDATION)), List.of()));
        assertEquals("/nominations/1/id", e.problems().get(0).pointer());
        assertEquals(ProblemCode.DUPLICATE_ID, e.problems().get(0).code());
        InvalidInputException q = assertThrows(InvalidInputException.class, () -> new Slate(Plans.HCMC_EDUCATION, AS_OF, List.of(),
                List.of(GivenQuota.unlimited(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, ""),
                        GivenQuota.atMost(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, 2, ""))));
        assertEquals("/quotas/1", q.problems().get(0).pointer());
    }

    @Test
    void anUnknownCategoryIsReportedAtItsNomination() {
        Nomination bad = Nomination.builder("n2", unit("s2", AdminLevel.DISTRICT), Achievement.of("a", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)), AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).category("zoo").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> check(List.of(
                school("n1", "s1", "a1", AwardForm.CERTIFICATE_OF_COMMENDATION), bad), List.of()));
        assertEquals("/nominations/1/category", e.problems().get(0).pointer());
    }
}
