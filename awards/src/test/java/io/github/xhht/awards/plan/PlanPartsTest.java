package io.github.xhht.awards.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.SubjectKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parts of a plan built afresh (the presets are built once, in static initialisers): phases, forms by
 * occasion and year, dossier documents, notes, categories and quotas, each with its own validation.
 */
class PlanPartsTest {
    private static final LegalDocument DOC = SeedDocuments.plan("KH-Y-2025", "25/KH-UBND (UBND tỉnh Y, 2025)");

    private static MovementPlan.Builder builder() {
        return MovementPlan.builder("y", DOC, DOC.title(), DOC.title(), "Tỉnh Y");
    }

    @Test
    void aSeedDocumentIsAPlanOfTheMovement() {
        LegalDocument doc = SeedDocuments.plan("KH-Z-2025", "26/KH-UBND (UBND tỉnh Z, 2025)");
        assertEquals("KH-Z-2025", doc.id());
        assertEquals("26/KH-UBND (UBND tỉnh Z, 2025)", doc.number());
        assertEquals(LegalDocument.PLAN, doc.kind());
        assertTrue(doc.title().vi().startsWith("Kế hoạch thực hiện Phong trào thi đua"), doc.title().vi());
        assertEquals("mục V.1", doc.section("V.1").local(Lang.VI));
    }

    /** The movement's two phases: 2023-2025 closed by the mid-term review, 2026-2030 by the final review. */
    @Test
    void theMovementsTwoPhasesAndTheirReviews() {
        MovementPlan p = builder().movementPhases("V.1", "V.2")
                .phase(Text.of("Năm 2024", "Year 2024"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, "IV.1")
                .build();
        assertEquals(3, p.phases().size());
        Phase first = p.phases().get(0);
        assertEquals(LocalDate.of(2023, 1, 1), first.from());
        assertEquals(LocalDate.of(2025, 12, 31), first.to());
        assertEquals(Optional.of(Occasion.MIDTERM_REVIEW), first.review());
        assertEquals("mục V.1", first.citation().local(Lang.VI));
        Phase second = p.phases().get(1);
        assertEquals(LocalDate.of(2026, 1, 1), second.from());
        assertEquals(LocalDate.of(2030, 12, 31), second.to());
        assertEquals(Optional.of(Occasion.FINAL_REVIEW), second.review());
        assertEquals("mục V.2", second.citation().local(Lang.VI));
        assertEquals(Optional.empty(), p.phases().get(2).review());
    }

    /** A phase of one day is a phase; one that ends the day before it starts is not. */
    @Test
    void aPhaseEndsOnOrAfterItsStart() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertEquals(day, new Phase(Text.of("P", "P"), day, day, Optional.empty(), DOC.whole()).to());
        assertThrows(IllegalArgumentException.class,
                () -> new Phase(Text.of("P", "P"), day, day.minusDays(1), Optional.empty(), DOC.whole()));
    }

    @Test
    void reviewFormsAreOfferedAtBothReviewsAndYearFormsOnlyInTheirYears() {
        MovementPlan p = builder()
                .formsInYears(Occasion.ANNUAL, "IV.1", Set.of(2024), AwardForm.CERTIFICATE_OF_COMMENDATION)
                .reviewForms("IV.2", AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL)
                .build();
        OccasionForms annual = p.formsAt(Occasion.ANNUAL).orElseThrow();
        assertTrue(annual.offeredIn(2024));
        assertFalse(annual.offeredIn(2025));
        assertFalse(annual.offeredIn(2023));
        for (Occasion review : List.of(Occasion.MIDTERM_REVIEW, Occasion.FINAL_REVIEW)) {
            OccasionForms o = p.formsAt(review).orElseThrow();
            assertEquals(Set.of(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL), o.forms());
            assertTrue(o.offeredIn(2025) && o.offeredIn(2030), "no years given: every year");
            assertEquals("mục IV.2", o.citation().local(Lang.VI));
        }
    }

    /** The plan's own documents follow the Decree 152 Art. 42 documents every plan starts with; notes keep their section. */
    @Test
    void dossierDocumentsAndNotesAreKeptWithTheirSections() {
        MovementPlan p = builder()
                .dossier(DossierRequirement.always(DossierDocument.PROPOSAL_LETTER, DOC.section("V.2")))
                .dossier(DossierRequirement.withInitiative(DossierDocument.INITIATIVE_CONFIRMATION, DOC.section("V.2")))
                .note(Text.of("Không nêu số lượng", "No number stated"), "III.2")
                .build();
        assertEquals(5, p.dossier().size());
        DossierRequirement always = p.dossier().get(3);
        assertEquals(DossierDocument.PROPOSAL_LETTER, always.document());
        assertFalse(always.onlyWithInitiative());
        DossierRequirement initiative = p.dossier().get(4);
        assertEquals(DossierDocument.INITIATIVE_CONFIRMATION, initiative.document());
        assertTrue(initiative.onlyWithInitiative());
        assertEquals(1, p.notes().size());
        assertEquals("No number stated", p.notes().get(0).text().en());
        assertEquals("mục III.2", p.notes().get(0).citation().local(Lang.VI));
    }

    /** Who needs a document: only the form it is for, only with an initiative, only once it is in force. */
    @Test
    void aDocumentIsRequiredOnlyWhereItsConditionsHold() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        DossierRequirement pmOnly = new DossierRequirement(DossierDocument.COUNCIL_MINUTES, DOC.whole(),
                Optional.of(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT), false, Optional.of(from));
        assertTrue(pmOnly.appliesTo(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, false, from));
        assertFalse(pmOnly.appliesTo(AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, false, from.minusDays(1)));
        assertFalse(pmOnly.appliesTo(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, false, from));
        DossierRequirement initiative = DossierRequirement.withInitiative(DossierDocument.INITIATIVE_CONFIRMATION, DOC.whole());
        assertTrue(initiative.appliesTo(AwardForm.CERTIFICATE_OF_COMMENDATION, true, from));
        assertFalse(initiative.appliesTo(AwardForm.CERTIFICATE_OF_COMMENDATION, false, from));
        DossierRequirement always = DossierRequirement.always(DossierDocument.ACHIEVEMENT_REPORT, DOC.whole());
        assertTrue(always.appliesTo(AwardForm.LABOUR_ORDER_THIRD_CLASS, false, LocalDate.of(2023, 1, 1)));
    }

    @Test
    void aCategoryNeedsAnIdAndAKindOfSubject() {
        SubjectCategory ok = new SubjectCategory("school", Text.of("Trường", "Schools"), Set.of(SubjectKind.UNIT), DOC.whole(), List.of());
        assertEquals(Set.of(SubjectKind.UNIT), ok.kinds());
        assertThrows(IllegalArgumentException.class,
                () -> new SubjectCategory(" ", Text.of("Trường", "Schools"), Set.of(SubjectKind.UNIT), DOC.whole(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SubjectCategory("school", Text.of("Trường", "Schools"), Set.of(), DOC.whole(), List.of()));
    }

    /** A quota may state no minimum (0) and may be exact (min = max); a negative minimum or max below min is refused. */
    @Test
    void aQuotaRunsFromZeroOrMoreUpToItsMaximum() {
        assertEquals(0, new Quota(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, 0, 0, DOC.whole()).max());
        assertEquals(2, new Quota(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, 2, 2, DOC.whole()).min());
        assertThrows(IllegalArgumentException.class, () -> new Quota(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, -1, 2,
                DOC.whole()));
        assertThrows(IllegalArgumentException.class, () -> new Quota(Occasion.ANNUAL, AwardForm.CERTIFICATE_OF_COMMENDATION, 2, 1,
                DOC.whole()));
    }

    /** Every principle says which PR it is in movement-plans.md. */
    @Test
    void principlesCarryTheirIds() {
        assertEquals("PR-1", Principle.ONE_FORM_PER_ACHIEVEMENT.id());
        assertEquals("PR-5", Principle.REGISTRATION.id());
    }
}
