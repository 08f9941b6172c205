package io.github.xhht.awards.nomination;

import static io.github.xhht.awards.Fixtures.recognised;
import static io.github.xhht.awards.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.DossierDocument;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.ProceedingKind;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reasons as a Vietnamese reader expects them: dates dd/MM/yyyy (English keeps ISO), plan citations spaced. */
class DatesInMessagesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    private static final String PR2 = "plan.hcmc-education.pr2";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static Eligibility hcmcSchool(Nomination.Builder builder) {
        return NominationChecks.check(Plans.HCMC_EDUCATION, builder.build(), AS_OF, Interpretations.defaults());
    }

    private static Nomination.Builder school() {
        return Nomination.builder("n1", unit("s1", AdminLevel.DISTRICT),
                        Achievement.of("phase1", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                        AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, Occasion.MIDTERM_REVIEW)
                .category("school")
                .history(recognised("tt24", LocalDate.of(2024, 2, 10)))
                .submittedOn(LocalDate.of(2025, 6, 20))
                .documents(DossierDocument.PROPOSAL_LETTER, DossierDocument.COUNCIL_MINUTES, DossierDocument.ACHIEVEMENT_REPORT);
    }

    @Test
    void noPendingProceedingNamesTheDaySentAndTheDayConsideredAsEachLanguageWritesThem() {
        Check pr2 = hcmcSchool(school()).check(PR2).orElseThrow();
        assertEquals(Outcome.MET, pr2.outcome());
        assertEquals(AwardReasonCode.NO_PENDING_PROCEEDING, pr2.reason().code());
        assertEquals("không có vụ việc nào đang xem xét vào ngày 20/06/2025, 01/09/2025", pr2.reason().message(Lang.VI));
        assertEquals("no proceeding pending on 2025-06-20, 2025-09-01", pr2.reason().message(Lang.EN));
    }

    @Test
    void aPendingProceedingGivesItsDatesInVietnameseFormToo() {
        Eligibility e = hcmcSchool(school().proceeding(
                new PendingProceeding(ProceedingKind.INSPECTION, LocalDate.of(2025, 5, 2), Optional.empty(), "")));
        Check pr2 = e.check(PR2).orElseThrow();
        assertEquals(Outcome.NOT_MET, pr2.outcome());
        String vi = pr2.reason().message(Lang.VI);
        assertFalse(ISO_DATE.matcher(vi).find(), vi);
        assertEquals("đang bị thanh tra, kiểm tra từ ngày 02/05/2025, vẫn đang xem xét vào ngày 20/06/2025", vi);
    }

    @Test
    void noVietnameseReasonOfAnHcmcNominationCarriesAnIsoDate() {
        Eligibility e = hcmcSchool(school());
        for (Check c : e.checks()) {
            String vi = c.reason().message(Lang.VI);
            assertFalse(ISO_DATE.matcher(vi).find(), c.id() + ": " + vi);
        }
    }

    @Test
    void theAnGiangPlanWithoutANumberIsCitedWithASpaceBeforeItsIssuer() {
        // seed 003 prints no number: the citation is "… (issuer, year)", as the HCMC plan's "…/KH-SGDĐT (issuer, year)"
        assertEquals("mục III.2 Kế hoạch … (Trường Cao đẳng nghề An Giang, 2024)",
                Plans.HCMC_EDUCATION.principle(io.github.xhht.awards.plan.Principle.COLLECTIVE_OR_SUB_UNIT).get(0).render(Lang.VI));
    }
}
