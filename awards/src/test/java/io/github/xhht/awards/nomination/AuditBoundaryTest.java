package io.github.xhht.awards.nomination;

import static io.github.xhht.awards.Fixtures.person;
import static io.github.xhht.awards.Fixtures.recognised;
import static io.github.xhht.awards.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.DossierDocument;
import io.github.xhht.awards.plan.Plans;
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

/** Boundaries and reasons the first tests left out, each from the seed's printed figure or date. */
class AuditBoundaryTest {
    private static final Interpretations DEFAULTS = Interpretations.defaults();

    private static Check check(io.github.xhht.awards.plan.MovementPlan plan, Nomination n, LocalDate asOf, String id) {
        return NominationChecks.check(plan, n, asOf, DEFAULTS).check(id).orElseThrow();
    }

    /** Seed 000 §IV.3: "trước ngày 01 tháng 6 hằng năm": 31 May is in time, 1 June is late. */
    @Test
    void seed000SectionIV3AnnualDeadlineOnTheDayIsLate() {
        Achievement year = Achievement.of("y2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31));
        Nomination onTheDay = Nomination.builder("n1", person("p1"), year, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL)
                .category("staff").submittedOn(LocalDate.of(2026, 6, 1)).build();
        Check c = check(Plans.HCMC_EDUCATION, onTheDay, LocalDate.of(2026, 6, 10), "plan.hcmc-education.deadline");
        assertEquals(Outcome.NOT_MET, c.outcome());
        assertEquals(AwardReasonCode.LATE, c.reason().code());
        assertEquals(List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)), c.reason().args());
        assertEquals("mục IV.3", c.citations().get(0).local(Lang.VI));
    }

    /** Seed 000 §IV.3: final dossiers "trước ngày 01 tháng 7 năm 2030". */
    @Test
    void seed000SectionIV3FinalDeadline() {
        Achievement phase = Achievement.of("p", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 5, 31));
        Check dayBefore = finalDeadline(phase, LocalDate.of(2030, 6, 30));
        assertEquals(Outcome.MET, dayBefore.outcome());
        assertEquals(AwardReasonCode.IN_TIME, dayBefore.reason().code());
        Check onTheDay = finalDeadline(phase, LocalDate.of(2030, 7, 1));
        assertEquals(Outcome.NOT_MET, onTheDay.outcome());
        assertEquals(AwardReasonCode.LATE, onTheDay.reason().code());
    }

    private static Check finalDeadline(Achievement phase, LocalDate sent) {
        Nomination n = Nomination.builder("n", unit("s", AdminLevel.DISTRICT), phase, AwardForm.CERTIFICATE_OF_COMMENDATION,
                Occasion.FINAL_REVIEW).category("school").submittedOn(sent).build();
        return check(Plans.HCMC_EDUCATION, n, LocalDate.of(2030, 9, 1), "plan.hcmc-education.deadline");
    }

    private static SlateResult hcmc2030(AwardForm form, int how) {
        List<Nomination> list = new ArrayList<>();
        for (int i = 1; i <= how; i++) {
            list.add(Nomination.builder("n" + i, unit("s" + i, AdminLevel.DISTRICT),
                            Achievement.of("a" + i, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 5, 31)), form, Occasion.FINAL_REVIEW)
                    .category("school").history(recognised("tt24", LocalDate.of(2029, 3, 1))).submittedOn(LocalDate.of(2030, 6, 20))
                    .documents(DossierDocument.PROPOSAL_LETTER, DossierDocument.COUNCIL_MINUTES, DossierDocument.ACHIEVEMENT_REPORT)
                    .build());
        }
        return SlateChecks.check(new Slate(Plans.HCMC_EDUCATION, LocalDate.of(2030, 9, 1), list, List.of()), DEFAULTS);
    }

    /**
     * Seed 000 §III.3.b "lựa chọn từ 02 đến 03 ... đề nghị Thủ tướng Chính phủ tặng Bằng khen" and §III.3.c "Sở GDĐT lựa
     * chọn từ 01 đến 02 ... đề nghị Ủy ban nhân dân Thành phố tặng Bằng khen": at the maximum met, one above not.
     */
    @Test
    void seed000SectionIII3QuotasOf2030AtTheMaximumAndOneAbove() {
        String pm = "plan.hcmc-education.quota.FINAL_REVIEW.PRIME_MINISTER_CERTIFICATE_OF_MERIT";
        assertEquals(Outcome.MET, hcmc2030(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 3).check(pm).orElseThrow().outcome());
        Check four = hcmc2030(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 4).check(pm).orElseThrow();
        assertEquals(Outcome.NOT_MET, four.outcome());
        assertEquals(AwardReasonCode.QUOTA_EXCEEDED, four.reason().code());
        assertEquals(4, four.reason().args().get(0));
        assertEquals(3, four.reason().args().get(3));
        assertEquals("mục III.3.b", four.citations().get(0).local(Lang.VI));
        String city = "plan.hcmc-education.quota.FINAL_REVIEW.CERTIFICATE_OF_MERIT_PROVINCIAL";
        assertEquals(Outcome.MET, hcmc2030(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, 2).check(city).orElseThrow().outcome());
        Check three = hcmc2030(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, 3).check(city).orElseThrow();
        assertEquals(Outcome.NOT_MET, three.outcome());
        assertEquals(2, three.reason().args().get(3));
        assertEquals("mục III.3.c", three.citations().get(0).local(Lang.VI));
        // §III.3.a names no number of Labour Orders: reported, never guessed
        Check order = hcmc2030(AwardForm.LABOUR_ORDER_THIRD_CLASS, 1)
                .check("plan.hcmc-education.quota.FINAL_REVIEW.LABOUR_ORDER_THIRD_CLASS").orElseThrow();
        assertEquals(Outcome.UNKNOWN, order.outcome());
        assertEquals(AwardReasonCode.QUOTA_NOT_GIVEN, order.reason().code());
    }

    /** Seed 003 §V.3: mid-term dossiers to the Department "trước ngày 15/8/2025": 14 August in time, 15 August late. */
    @Test
    void seed003SectionV3MidTermDeadline() {
        Subject faculty = Subject.builder(SubjectKind.UNIT, "k", "Khoa").build();
        Achievement phase = Achievement.of("p", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31));
        Nomination dayBefore = Nomination.builder("n", faculty, phase, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .category("collective").submittedOn(LocalDate.of(2025, 8, 14)).build();
        Check inTime = check(Plans.AN_GIANG_COLLEGE, dayBefore, LocalDate.of(2025, 9, 1), "plan.an-giang-vocational-college.deadline");
        assertEquals(Outcome.MET, inTime.outcome());
        assertEquals(List.of(LocalDate.of(2025, 8, 14), LocalDate.of(2025, 8, 15)), inTime.reason().args());
        Nomination onTheDay = Nomination.builder("n", faculty, phase, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .category("collective").submittedOn(LocalDate.of(2025, 8, 15)).build();
        Check late = check(Plans.AN_GIANG_COLLEGE, onTheDay, LocalDate.of(2025, 9, 1), "plan.an-giang-vocational-college.deadline");
        assertEquals(AwardReasonCode.LATE, late.reason().code());
        assertEquals("mục V.3", late.citations().get(0).local(Lang.VI));
        // §V.3 sets no date for the 2030 final review
        Nomination fin = Nomination.builder("n", faculty, Achievement.of("f", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.FINAL_REVIEW).category("collective").build();
        Check none = check(Plans.AN_GIANG_COLLEGE, fin, LocalDate.of(2030, 9, 1), "plan.an-giang-vocational-college.deadline");
        assertEquals(Outcome.NOT_APPLICABLE, none.outcome());
        assertEquals(AwardReasonCode.NO_DEADLINE_STATED, none.reason().code());
    }

    /** Seed 004 §II.5: registration "trước 25/10/2023": the late reason names the day and the deadline. */
    @Test
    void seed004SectionII5LateRegistrationSaysWhy() {
        Subject school = Subject.builder(SubjectKind.UNIT, "s", "Trường").build();
        Nomination late = Nomination.builder("n", school, Achievement.of("nh", LocalDate.of(2023, 9, 5), LocalDate.of(2024, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).registeredOn(LocalDate.of(2023, 10, 25)).build();
        Check c = check(Plans.BAC_GIANG_EDUCATION, late, LocalDate.of(2024, 7, 1), "plan.bac-giang-education.pr5");
        assertEquals(AwardReasonCode.REGISTERED_LATE, c.reason().code());
        assertEquals(List.of(LocalDate.of(2023, 10, 25), LocalDate.of(2023, 10, 25)), c.reason().args());
        Nomination absent = Nomination.builder("n", school, Achievement.of("nh", LocalDate.of(2023, 9, 5), LocalDate.of(2024, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.ANNUAL).build();
        assertEquals(AwardReasonCode.REGISTRATION_ABSENT,
                check(Plans.BAC_GIANG_EDUCATION, absent, LocalDate.of(2024, 7, 1), "plan.bac-giang-education.pr5").reason().code());
    }

    /**
     * Seed 001 §III.2.a and seed 002 §III.2.a name no quota ("theo thẩm quyền"): a Bình Dương or Hải Phòng slate's
     * quota check is UNKNOWN until the caller gives one, and cites Guidance 216/HD-BNV as the unknown source.
     */
    @Test
    void seeds001And002StateNoQuotaSoItIsReportedNotGuessed() {
        for (var plan : List.of(Plans.BINH_DUONG, Plans.HAI_PHONG_EDUCATION)) {
            Nomination n = Nomination.builder("n", person("p"), Achievement.of("p", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                    AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, Occasion.MIDTERM_REVIEW).build();
            SlateResult r = SlateChecks.check(new Slate(plan, LocalDate.of(2025, 9, 1), List.of(n), List.of()), DEFAULTS);
            Check q = r.check("plan." + plan.id() + ".quota.MIDTERM_REVIEW.PRIME_MINISTER_CERTIFICATE_OF_MERIT").orElseThrow();
            assertEquals(Outcome.UNKNOWN, q.outcome(), plan.id());
            assertEquals(AwardReasonCode.QUOTA_NOT_GIVEN, q.reason().code());
            assertEquals("Hướng dẫn 216/HD-BNV", q.citations().get(1).render(Lang.VI));
        }
    }
}
