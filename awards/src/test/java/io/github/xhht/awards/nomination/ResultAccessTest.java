package io.github.xhht.awards.nomination;

import static io.github.xhht.awards.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.awards.plan.Plans;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.AssessmentPeriod;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.PendingProceeding;
import io.github.xhht.core.model.ProceedingKind;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How results are read back: one check's sentence, a nomination's verdict, a slate check by id, a builder's dossier. */
class ResultAccessTest {
    private static final Achievement PHASE_1 = Achievement.of("p1", LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31));

    /** "[outcome] label — reason (citation; citation)", and no brackets when nothing is cited. */
    @Test
    void aCheckDescribesItselfWithEveryCitationInOrder() {
        Check two = new Check("x", Text.of("Nhãn", "Label"), List.of(Plans.HCMC_DOCUMENT.section("II.2"), Plans.HCMC_DOCUMENT.section("IV.3")),
                Outcome.MET, AwardReason.of(AwardReasonCode.NOT_YET_AWARDED, "a1"), List.of());
        String en = two.describe(Lang.EN);
        assertTrue(en.startsWith("[Met] Label — achievement \"a1\" has not been rewarded before ("), en);
        assertTrue(en.endsWith(")"), en);
        String cites = en.substring(en.indexOf(" (") + 2, en.length() - 1);
        assertEquals(List.of(Plans.HCMC_DOCUMENT.section("II.2").render(Lang.EN), Plans.HCMC_DOCUMENT.section("IV.3").render(Lang.EN)),
                List.of(cites.split("; ")));
        Check none = new Check("y", Text.of("Nhãn", "Label"), List.of(), Outcome.NOT_MET,
                AwardReason.of(AwardReasonCode.NOT_YET_AWARDED, "a1"), List.of());
        assertEquals("[Không đạt] Nhãn — thành tích \"a1\" chưa được khen thưởng", none.describe(Lang.VI));
    }

    private static Nomination staff(String id, String achievement) {
        return Nomination.builder(id, person("p-" + id), Achievement.of(achievement, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 5, 31)),
                AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW).category("staff").build();
    }

    /** A nomination with a check not met is not eligible; the slate's checks are found by their own id. */
    @Test
    void verdictsAndSlateChecksAreReadByTheirIds() {
        Nomination n = staff("n1", "a1");
        Eligibility e = NominationChecks.check(Plans.HCMC_EDUCATION, n, LocalDate.of(2025, 9, 1), Interpretations.defaults());
        assertEquals(Outcome.NOT_MET, e.outcome());
        assertFalse(e.eligible());
        assertFalse(e.failures().isEmpty());
        Nomination pm = Nomination.builder("n2", person("q"), PHASE_1, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                Occasion.MIDTERM_REVIEW).category("staff").build();
        SlateResult r = SlateChecks.check(new Slate(Plans.HCMC_EDUCATION, LocalDate.of(2025, 9, 1), List.of(n, pm), List.of()),
                Interpretations.defaults());
        assertEquals(2, r.checks().size());
        String second = r.checks().get(1).id();
        assertEquals(second, r.check(second).orElseThrow().id());
        assertEquals(Optional.empty(), r.check("plan.hcmc-education.quota.ANNUAL.CERTIFICATE_OF_COMMENDATION"));
        assertEquals("n2", r.nomination("n2").orElseThrow().nominationId());
        assertEquals(Optional.empty(), r.nomination("n3"));
    }

    /** Taking a dossier replaces the subject, history and proceedings the builder held, not adds to them. */
    @Test
    void takingADossierReplacesTheProceedings() {
        PendingProceeding old = new PendingProceeding(ProceedingKind.DISCIPLINE, LocalDate.of(2024, 1, 1), Optional.empty(), "cũ");
        Subject s = Subject.builder(SubjectKind.INDIVIDUAL, "p9", "Người 9").build();
        Dossier d = Dossier.builder("award", s, AssessmentPeriod.calendarYear(2024)).build();
        Nomination n = Nomination.builder("n", person("p1"), PHASE_1, AwardForm.CERTIFICATE_OF_COMMENDATION, Occasion.MIDTERM_REVIEW)
                .proceeding(old).dossier(d).build();
        assertEquals("p9", n.subject().id());
        assertEquals(List.of(), n.proceedings());
    }
}
