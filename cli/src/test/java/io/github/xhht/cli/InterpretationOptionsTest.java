package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.law.Interpretations.Expiry;
import io.github.xhht.core.law.Interpretations.WithoutUniversity;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterpretationOptionsTest {
    private static Interpretations with(String... specs) {
        return InterpretationOptions.apply("evaluate", List.of(specs));
    }

    @Test
    void noOptionKeepsTheDefaults() {
        assertEquals(Interpretations.defaults(), with());
    }

    @Test
    void eachOverridableInterpretationHasItsOption() {
        Interpretations d = Interpretations.defaults();
        assertEquals(d.withLevel2CountsAsLevel1(false), with("I-1=no"));
        assertEquals(d.withTt24Art7LiteralReading(false), with("I-2=all"));
        assertEquals(d.withExpiry(Expiry.THIRTY_SIX_MONTHS_FROM_DECISION), with("I-3=36-months"));
        assertEquals(d.withDirectLevel2(false), with("I-4=no"));
        assertEquals(d.withEvidenceRequired(false), with("I-7=no"));
        assertEquals(d.withProvinceWithoutUniversity(WithoutUniversity.NOT_MET), with("i-10=NOT-MET"));
        // the defaults can be said out loud, and the last word wins
        assertEquals(d, with("I-1=yes", "I-2=literal", "I-3=end-of-year", "I-4=yes", "I-7=yes", "I-10=not-applicable"));
        assertEquals(d, with("I-1=no", "I-1=yes"));
    }

    @Test
    void fixedOrUnknownInterpretationsAndBadValuesAreUsageErrors() {
        for (String spec : List.of("I-5=x", "I-6=no", "I-8=no", "I-9=no", "I-11=yes", "I-1", "I-1=maybe", "I-3=forever")) {
            CliException e = assertThrows(CliException.class, () -> with(spec), spec);
            assertEquals(CliException.USAGE, e.exitCode(), spec);
        }
    }
}
