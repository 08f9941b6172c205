package io.github.xhht.awards.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.model.AdminLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlansTest {

    @Test
    void fivePresetsInSeedOrderWithUniqueIds() {
        assertEquals(List.of("hcmc-education", "binh-duong", "hai-phong-education", "an-giang-vocational-college",
                "bac-giang-education"), Plans.all().stream().map(MovementPlan::id).toList());
        assertEquals(Plans.AN_GIANG_COLLEGE, Plans.byId("an-giang-vocational-college", "/plan"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Plans.byId("ha-noi", "/plan"));
        assertEquals("/plan", e.problems().get(0).pointer());
    }

    @Test
    void everyStandardIdNamesItsPlanAndIsUnique() {
        List<String> ids = new java.util.ArrayList<>();
        for (MovementPlan plan : Plans.all()) {
            for (SubjectCategory category : plan.categories()) {
                for (Standard standard : category.standards()) {
                    assertTrue(standard.id().startsWith("plan." + plan.id() + "." + category.id() + "."), standard.id());
                    assertEquals(plan.document(), standard.citation().document(), standard.id());
                    ids.add(standard.id());
                }
            }
        }
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void hcmcQuotasAsPrintedInSectionIII() {
        MovementPlan p = Plans.HCMC_EDUCATION;
        Quota pm2025 = p.quota(Occasion.MIDTERM_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT).orElseThrow();
        assertEquals(1, pm2025.min());
        assertEquals(2, pm2025.max());
        assertEquals("mục III.2.a", pm2025.citation().local(Lang.VI));
        Quota pm2030 = p.quota(Occasion.FINAL_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT).orElseThrow();
        assertEquals(List.of(2, 3), List.of(pm2030.min(), pm2030.max()));
        Quota city2030 = p.quota(Occasion.FINAL_REVIEW, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL).orElseThrow();
        assertEquals(List.of(1, 2), List.of(city2030.min(), city2030.max()));
        assertEquals("section III.3.c", city2030.citation().local(Lang.EN));
        // the 2025 city certificate is "per authority": no number stated
        assertEquals(Optional.empty(), p.quota(Occasion.MIDTERM_REVIEW, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL));
        assertEquals(Optional.empty(), p.quota(Occasion.FINAL_REVIEW, AwardForm.LABOUR_ORDER_THIRD_CLASS));
    }

    @Test
    void hcmcFormsAndDeadlines() {
        MovementPlan p = Plans.HCMC_EDUCATION;
        assertEquals(Set.of(AwardForm.values()), p.formsAt(Occasion.FINAL_REVIEW).orElseThrow().forms());
        assertEquals(Set.of(AwardForm.CERTIFICATE_OF_COMMENDATION, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL,
                AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT), p.formsAt(Occasion.MIDTERM_REVIEW).orElseThrow().forms());
        assertEquals(LocalDate.of(2025, 7, 1), p.nominationDeadline(Occasion.MIDTERM_REVIEW).orElseThrow().dueIn(2025));
        assertEquals(LocalDate.of(2030, 7, 1), p.nominationDeadline(Occasion.FINAL_REVIEW).orElseThrow().dueIn(2030));
        assertEquals(LocalDate.of(2027, 6, 1), p.nominationDeadline(Occasion.ANNUAL).orElseThrow().dueIn(2027));
        assertEquals("mục II.2", p.principle(Principle.ONE_FORM_PER_ACHIEVEMENT).get(0).local(Lang.VI));
        assertTrue(p.principle(Principle.REGISTRATION).isEmpty());
    }

    @Test
    void standardsThePlansMakeARuleOf() {
        Standard school = Plans.HCMC_EDUCATION.category("school").orElseThrow().standards().get(0);
        assertEquals("tt24", ((Standard.HoldsRecognition) school).scheme());
        assertEquals("mục II.3.1.d", school.citation().local(Lang.VI));
        Standard anGiang = Plans.AN_GIANG_COLLEGE.category("collective").orElseThrow().standards().get(0);
        assertEquals(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, anGiang.fromForm());
        Standard commune = Plans.BINH_DUONG.category("commune").orElseThrow().standards().get(0);
        assertEquals("tt25", ((Standard.HoldsRecognition) commune).scheme());
        assertEquals("mục III.1.đ", commune.citation().local(Lang.VI));
        Standard haiPhong = Plans.HAI_PHONG_EDUCATION.category("school").orElseThrow().standards().get(0);
        assertEquals(Optional.of(AdminLevel.PROVINCE), ((Standard.HoldsRecognition) haiPhong).tier());
        assertEquals("mục II.2", Plans.BAC_GIANG_EDUCATION.principle(Principle.REGISTRATION).get(0).local(Lang.VI));
        assertEquals(LocalDate.of(2023, 10, 25), Plans.BAC_GIANG_EDUCATION.registrationDeadline().orElseThrow().dueIn(2023));
    }

    @Test
    void aCallerBuildsAPlanForAnotherProvinceWithTheLawsDefaults() {
        var doc = new io.github.xhht.core.law.LegalDocument("KH-X", io.github.xhht.core.law.LegalDocument.PLAN, "12/KH-UBND",
                io.github.xhht.core.i18n.Text.of("Kế hoạch", "Plan"));
        MovementPlan p = MovementPlan.builder("x", doc, doc.title(), doc.title(), "Tỉnh X")
                .forms(Occasion.MIDTERM_REVIEW, "III.2", AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                .quota(Occasion.MIDTERM_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 0, 4, "III.2")
                .build();
        assertEquals(4, p.quota(Occasion.MIDTERM_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT).orElseThrow().max());
        assertEquals("khoản 2 Điều 5 Luật 06/2022/QH15", p.principle(Principle.ONE_FORM_PER_ACHIEVEMENT).get(0).render(Lang.VI));
        assertEquals("khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP", p.principle(Principle.NO_PENDING_PROCEEDING).get(0).render(Lang.VI));
        assertEquals(3, p.dossier().size());
        assertThrows(IllegalArgumentException.class, () -> MovementPlan.builder("x", doc, doc.title(), doc.title(), "X")
                .quota(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, 0, 1, "1")
                .quota(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, 0, 2, "1").build());
        assertThrows(IllegalArgumentException.class, () -> new Quota(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, 3, 2,
                doc.whole()));
    }
}
