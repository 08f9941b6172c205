package io.github.xhht.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xhht.core.model.FactValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An observed value as each language writes it: Vietnamese "1.234,5" and dd/MM/yyyy, English "1,234.5" and ISO dates. */
class ObservedValuesTest {
    private static final Messages VI = Messages.of(Lang.VI);
    private static final Messages EN = Messages.of(Lang.EN);

    private static void both(FactValue value, String vi, String en) {
        assertEquals(vi, VI.value(value));
        assertEquals(en, EN.value(value));
    }

    @Test
    void everyKindOfValue() {
        both(FactValue.Flag.of(true), "có", "yes");
        both(FactValue.Flag.of(false), "không", "no");
        both(new FactValue.Count(1_234_567), "1.234.567", "1,234,567");
        both(new FactValue.LevelValue(2), "mức 2", "level 2");
        both(new FactValue.Title("ADVANCED_LABOUR_COLLECTIVE"), "ADVANCED_LABOUR_COLLECTIVE", "ADVANCED_LABOUR_COLLECTIVE");
        both(new FactValue.DateValue(LocalDate.of(2024, 3, 5)), "05/03/2024", "2024-03-05");
        both(new FactValue.Amount(new BigDecimal("1234.5")), "1.234,5", "1,234.5");
        both(new FactValue.Trend(new BigDecimal("1.5"), new BigDecimal("2")), "1,5 → 2", "1.5 → 2");
    }

    @Test
    void aShareShowsItsPercentageCutNeverRoundedUp() {
        // 2/3 is 66.666…%: shown as 66.66, so a share just below a threshold never reads as reaching it
        both(new FactValue.Share(2, 3), "2/3 (66,66 %)", "2/3 (66.66 %)");
        both(new FactValue.Share(1_000, 1_000), "1.000/1.000 (100 %)", "1,000/1,000 (100 %)");
        both(new FactValue.Share(0, 0), "0/0", "0/0");
    }

    @Test
    void numbersNeverUseExponents() {
        assertEquals("12.000.000", VI.number(new BigDecimal("1.2E+7")));
        assertEquals("0.0000001", EN.number(new BigDecimal("1E-7")));
    }
}
