package io.github.xhht.awards.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.AwardForm;
import io.github.xhht.awards.Occasion;
import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.LegalDocument;
import io.github.xhht.core.model.SubjectKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A plan a caller builds for another province: what may appear once (an occasion, a category id, a quota per
 * occasion and form, a deadline per kind and occasion) and what may repeat (progress reports), built afresh
 * here because the presets are built once in static initialisers.
 */
class PlanBuilderTest {
    private static final LegalDocument DOC = new LegalDocument("KH-X", LegalDocument.PLAN, "12/KH-UBND", Text.of("Kế hoạch", "Plan"));
    private static final Text WHAT = Text.of("Hồ sơ", "Dossiers");

    private static MovementPlan.Builder builder() {
        return MovementPlan.builder("x", DOC, DOC.title(), DOC.title(), "Tỉnh X");
    }

    private static SubjectCategory category(String id) {
        return new SubjectCategory(id, Text.of(id, id), Set.of(SubjectKind.UNIT), DOC.section("II"), List.of());
    }

    @Test
    void anOccasionIsListedOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder()
                .forms(Occasion.ANNUAL, "III.1", AwardForm.CERTIFICATE_OF_COMMENDATION)
                .forms(Occasion.ANNUAL, "III.2", AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL).build());
        assertEquals("duplicate occasion ANNUAL", e.getMessage());
        MovementPlan two = builder().forms(Occasion.ANNUAL, "III.1", AwardForm.CERTIFICATE_OF_COMMENDATION)
                .forms(Occasion.MIDTERM_REVIEW, "III.2", AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL).build();
        assertEquals(Set.of(AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL), two.formsAt(Occasion.MIDTERM_REVIEW).orElseThrow().forms());
        assertEquals(Optional.empty(), two.formsAt(Occasion.FINAL_REVIEW));
    }

    @Test
    void aCategoryIdIsUsedOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder().category(category("school")).category(category("school")).build());
        assertEquals("duplicate category id school", e.getMessage());
        MovementPlan two = builder().category(category("school")).category(category("office")).build();
        assertEquals("office", two.category("office").orElseThrow().id());
        assertEquals(Optional.empty(), two.category("clan"));
    }

    /** Two quotas for different forms at one occasion are two rules, not a duplicate. */
    @Test
    void quotasForDifferentFormsAtOneOccasionAreKept() {
        MovementPlan p = builder()
                .quota(Occasion.FINAL_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2, 3, "III.3.b")
                .quota(Occasion.FINAL_REVIEW, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL, 1, 2, "III.3.c")
                .quota(Occasion.MIDTERM_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 1, 2, "III.2.a")
                .build();
        assertEquals(3, p.quota(Occasion.FINAL_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT).orElseThrow().max());
        assertEquals(2, p.quota(Occasion.FINAL_REVIEW, AwardForm.CERTIFICATE_OF_MERIT_PROVINCIAL).orElseThrow().max());
        assertEquals("mục III.2.a",
                p.quota(Occasion.MIDTERM_REVIEW, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT).orElseThrow().citation().local(Lang.VI));
        assertEquals(Optional.empty(), p.quota(Occasion.ANNUAL, AwardForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT));
    }

    /** Progress reports may repeat; nomination deadlines are one per occasion, registration one in all. */
    @Test
    void deadlinesAreOnePerKindAndOccasionExceptReports() {
        MovementPlan p = builder()
                .deadline(Deadline.yearly(Deadline.Kind.REPORT, null, MonthDay.of(6, 15), WHAT, DOC.section("VII.1")))
                .deadline(Deadline.yearly(Deadline.Kind.REPORT, null, MonthDay.of(11, 20), WHAT, DOC.section("VII.2")))
                .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.MIDTERM_REVIEW, LocalDate.of(2025, 7, 1), WHAT,
                        DOC.section("IV.3")))
                .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.FINAL_REVIEW, LocalDate.of(2030, 7, 1), WHAT,
                        DOC.section("IV.3")))
                .deadline(Deadline.on(Deadline.Kind.REGISTRATION, null, LocalDate.of(2023, 10, 25), WHAT, DOC.section("II.5")))
                .build();
        assertEquals(5, p.deadlines().size());
        assertEquals(LocalDate.of(2030, 7, 1), p.nominationDeadline(Occasion.FINAL_REVIEW).orElseThrow().dueIn(2030));
        assertEquals(LocalDate.of(2025, 7, 1), p.nominationDeadline(Occasion.MIDTERM_REVIEW).orElseThrow().dueIn(2025));
        assertEquals(Optional.empty(), p.nominationDeadline(Occasion.ANNUAL));
        // the registration deadline is found behind the nomination deadlines, not the first deadline listed
        assertEquals(Deadline.Kind.REGISTRATION, p.registrationDeadline().orElseThrow().kind());
        assertEquals("mục II.5", p.registrationDeadline().orElseThrow().citation().local(Lang.VI));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder()
                .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.MIDTERM_REVIEW, LocalDate.of(2025, 7, 1), WHAT,
                        DOC.section("IV.3")))
                .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.MIDTERM_REVIEW, LocalDate.of(2025, 8, 1), WHAT,
                        DOC.section("IV.4")))
                .build());
        assertTrue(e.getMessage().startsWith("duplicate deadline NOMINATIONS/"), e.getMessage());
    }

    @Test
    void aPlanWithoutRegistrationHasNoRegistrationDeadline() {
        MovementPlan p = builder()
                .deadline(Deadline.on(Deadline.Kind.NOMINATIONS, Occasion.MIDTERM_REVIEW, LocalDate.of(2025, 7, 1), WHAT,
                        DOC.section("IV.3")))
                .build();
        assertEquals(Optional.empty(), p.registrationDeadline());
        assertEquals(List.of(), p.principle(Principle.REGISTRATION));
    }

    /** A deadline is a fixed date or a day of every year, never both or neither; a nomination deadline names its occasion. */
    @Test
    void aDeadlineIsFixedOrYearlyAndANominationDeadlineNamesItsOccasion() {
        assertThrows(IllegalArgumentException.class, () -> new Deadline(Deadline.Kind.REPORT, Optional.empty(),
                Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(MonthDay.of(1, 1)), WHAT, DOC.whole()));
        assertThrows(IllegalArgumentException.class, () -> new Deadline(Deadline.Kind.REPORT, Optional.empty(),
                Optional.empty(), Optional.empty(), WHAT, DOC.whole()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Deadline.on(Deadline.Kind.NOMINATIONS, null, LocalDate.of(2025, 7, 1), WHAT, DOC.whole()));
        assertEquals("a nomination deadline names its occasion", e.getMessage());
        Deadline registration = Deadline.on(Deadline.Kind.REGISTRATION, null, LocalDate.of(2023, 10, 25), WHAT, DOC.whole());
        assertEquals(Optional.empty(), registration.occasion());
        // "trước ngày": the day before is in time, the day itself is not
        assertTrue(registration.inTime(LocalDate.of(2023, 10, 24), 2023));
        assertEquals(false, registration.inTime(LocalDate.of(2023, 10, 25), 2023));
        Deadline yearly = Deadline.yearly(Deadline.Kind.NOMINATIONS, Occasion.ANNUAL, MonthDay.of(6, 1), WHAT, DOC.whole());
        assertEquals(LocalDate.of(2027, 6, 1), yearly.dueIn(2027));
        assertTrue(yearly.inTime(LocalDate.of(2027, 5, 31), 2027));
        assertEquals(false, yearly.inTime(LocalDate.of(2027, 6, 1), 2027));
    }

    /** A principle the plan applies cites at least one section; the plan's own section goes first, once. */
    @Test
    void aPlanSectionForAPrincipleGoesFirstAndOnlyOnce() {
        MovementPlan p = builder().principle(Principle.ONE_FORM_PER_ACHIEVEMENT, "II.2")
                .principle(Principle.ONE_FORM_PER_ACHIEVEMENT, "II.2").build();
        assertEquals(List.of("mục II.2", "khoản 2 Điều 5"),
                p.principle(Principle.ONE_FORM_PER_ACHIEVEMENT).stream().map(c -> c.local(Lang.VI)).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MovementPlan("y", DOC.title(), DOC.title(),
                DOC, "Y", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                java.util.Map.of(Principle.REGISTRATION, List.of()), List.of()));
        assertEquals("principle PR-5 needs a citation", e.getMessage());
        MovementPlan registering = builder().principle(Principle.REGISTRATION, "II.2").build();
        assertEquals(List.of("mục II.2"), registering.principle(Principle.REGISTRATION).stream().map(c -> c.local(Lang.VI)).toList());
        assertThrows(IllegalArgumentException.class, () -> MovementPlan.builder(" ", DOC, DOC.title(), DOC.title(), "Y").build());
    }
}
