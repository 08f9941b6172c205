package io.github.xhht.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.testing.TestDossiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dossier is an immutable value: what the caller changes afterwards does not reach it. */
class DossierTest {
    private static final FactKey<FactValue.Count> CITIZENS = FactKey.count("citizens", Text.of("Số dân", "Citizens"));

    @Test
    void aBuiltDossierDoesNotChangeWhenTheBuilderDoes() {
        Dossier.Builder builder = TestDossiers.builder("tt25").fact(CITIZENS, new FactValue.Count(5200));
        Dossier first = builder.build();
        builder.fact(CITIZENS, new FactValue.Count(1)).without("citizens");
        assertEquals(Optional.of(new FactValue.Count(5200)), first.value(CITIZENS));
        assertEquals(Optional.empty(), builder.build().value(CITIZENS));
    }

    @Test
    void collectionsAreCopiesAndUnmodifiable() {
        List<Evidence> evidence = new ArrayList<>(List.of(TestDossiers.evidence()));
        Fact fact = new Fact(new FactValue.Count(3), evidence);
        evidence.clear();
        assertEquals(1, fact.evidence().size());
        Dossier dossier = TestDossiers.builder("tt25").fact("citizens", fact).build();
        assertThrows(UnsupportedOperationException.class, () -> dossier.facts().put("x", fact));
        assertThrows(UnsupportedOperationException.class, () -> dossier.constituents().add(new Constituent("a", "A", List.of())));
        EnumSet<SubjectAttribute> attributes = EnumSet.of(SubjectAttribute.DIFFICULT_AREA);
        Subject subject = new Subject(SubjectKind.COMMUNE, "x", "Xã X", "", Optional.empty(), Optional.empty(),
                Optional.empty(), attributes);
        attributes.add(SubjectAttribute.HAS_UNIVERSITY);
        assertEquals(Set.of(SubjectAttribute.DIFFICULT_AREA), subject.attributes());
    }

    @Test
    void toBuilderGivesAnEqualDossier() {
        Recognition r = new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, LocalDate.of(2023, 3, 1), "1/QĐ", "UBND", 2022);
        Dossier dossier = TestDossiers.builder("tt25").fact(CITIZENS, new FactValue.Count(5200), TestDossiers.evidence())
                .recognition(r).constituent(new Constituent("xa-1", "Xã 1", List.of(r))).build();
        assertEquals(dossier, dossier.toBuilder().build());
    }

    @Test
    void historyIsKeptInDateOrder() {
        Recognition later = new Recognition("tt25", Level.LEVEL_2, RecognitionKind.UPGRADE, LocalDate.of(2025, 3, 1), "", "", 2024);
        Recognition earlier = new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, LocalDate.of(2023, 3, 1), "", "", 2022);
        assertEquals(List.of(earlier, later), History.ofRecognitions(List.of(later, earlier)).recognitions());
        TitleRecord t2024 = new TitleRecord("ADVANCED_WORKER", 2024, LocalDate.of(2024, 12, 20), "");
        TitleRecord t2023 = new TitleRecord("ADVANCED_WORKER", 2023, LocalDate.of(2025, 1, 5), "");
        assertEquals(List.of(t2023, t2024), new History(List.of(), List.of(), List.of(t2024, t2023)).titles(),
                "titles by the year conferred for, not by decision date");
    }

    @Test
    void factNamesAreSorted() {
        Dossier dossier = TestDossiers.builder("tt25").fact("zeta", Fact.of(FactValue.Flag.TRUE))
                .fact("alpha", Fact.of(FactValue.Flag.FALSE)).build();
        assertEquals(List.of("alpha", "zeta"), dossier.factNames());
    }

    @Test
    void factKeyNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> FactKey.count("1citizens", Text.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> FactKey.count("a b", Text.of("a", "a")));
        assertEquals("learning.citizens_2-x", FactKey.count("learning.citizens_2-x", Text.of("a", "a")).name());
    }

    @Test
    void periodContainsItsBounds() {
        AssessmentPeriod year = AssessmentPeriod.calendarYear(2024);
        assertTrue(year.contains(LocalDate.of(2024, 1, 1)));
        assertTrue(year.contains(LocalDate.of(2024, 12, 31)));
        assertFalse(year.contains(LocalDate.of(2023, 12, 31)));
        assertFalse(year.contains(LocalDate.of(2025, 1, 1)));
        assertEquals(2024, year.year());
    }

    @Test
    void trendsAreStrict() {
        FactValue.Trend same = new FactValue.Trend(new java.math.BigDecimal("1.0"), new java.math.BigDecimal("1.00"));
        assertFalse(same.increased());
        assertFalse(same.decreased());
    }
}
