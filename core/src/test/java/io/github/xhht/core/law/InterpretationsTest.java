package io.github.xhht.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The named interpretations I-1..I-10 and their overridable defaults (law/README.md). */
class InterpretationsTest {

    @ParameterizedTest
    @EnumSource(Interpretation.class)
    void eachIsFoundByItsIdAndReadsInBothLanguages(Interpretation i) {
        assertEquals("I-" + (i.ordinal() + 1), i.id());
        assertEquals(i, Interpretation.byId(i.id()));
        assertFalse(i.reading().vi().isBlank());
        assertFalse(i.reading().en().isBlank());
        assertNotEquals(i.reading().vi(), i.reading().en());
    }

    @Test
    void thereAreTenAndNoOthers() {
        assertEquals(10, Interpretation.values().length);
        assertThrows(IllegalArgumentException.class, () -> Interpretation.byId("I-11"));
        assertThrows(IllegalArgumentException.class, () -> Interpretation.byId("I_3"));
    }

    @Test
    void theDefaultsAreThoseOfTheLawReadme() {
        Interpretations d = Interpretations.defaults();
        assertTrue(d.level2CountsAsLevel1(), "I-1: yes");
        assertTrue(d.tt24Art7LiteralReading(), "I-2: literal reading");
        assertEquals(Interpretations.Expiry.END_OF_THIRD_FOLLOWING_YEAR, d.expiry(), "I-3: 31 December of decision year + 3");
        assertTrue(d.directLevel2(), "I-4: yes");
        assertTrue(d.evidenceRequired(), "I-7: no evidence, not met");
        assertEquals(Interpretations.WithoutUniversity.NOT_APPLICABLE, d.provinceWithoutUniversity(), "I-10: not applicable");
    }

    @Test
    void eachOverrideChangesOnlyItsOwnChoice() {
        Interpretations d = Interpretations.defaults();
        assertEquals(new Interpretations(false, true, Interpretations.Expiry.END_OF_THIRD_FOLLOWING_YEAR, true, true,
                Interpretations.WithoutUniversity.NOT_APPLICABLE), d.withLevel2CountsAsLevel1(false));
        assertEquals(new Interpretations(true, false, Interpretations.Expiry.END_OF_THIRD_FOLLOWING_YEAR, true, true,
                Interpretations.WithoutUniversity.NOT_APPLICABLE), d.withTt24Art7LiteralReading(false));
        assertEquals(new Interpretations(true, true, Interpretations.Expiry.THIRTY_SIX_MONTHS_FROM_DECISION, true, true,
                Interpretations.WithoutUniversity.NOT_APPLICABLE), d.withExpiry(Interpretations.Expiry.THIRTY_SIX_MONTHS_FROM_DECISION));
        assertEquals(new Interpretations(true, true, Interpretations.Expiry.END_OF_THIRD_FOLLOWING_YEAR, false, true,
                Interpretations.WithoutUniversity.NOT_APPLICABLE), d.withDirectLevel2(false));
        assertEquals(new Interpretations(true, true, Interpretations.Expiry.END_OF_THIRD_FOLLOWING_YEAR, true, false,
                Interpretations.WithoutUniversity.NOT_APPLICABLE), d.withEvidenceRequired(false));
        assertEquals(new Interpretations(true, true, Interpretations.Expiry.END_OF_THIRD_FOLLOWING_YEAR, true, true,
                Interpretations.WithoutUniversity.NOT_MET), d.withProvinceWithoutUniversity(Interpretations.WithoutUniversity.NOT_MET));
    }
}
