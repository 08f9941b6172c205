package io.github.xhht.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.lifecycle.Validity;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * I-3: a recognition "is kept for 3 years following the year of recognition". Default reading: until
 * 31 December of (decision year + 3); the other: the day before the decision date + 36 months.
 */
class ValidityTest {
    static final Interpretations END_OF_YEAR = Interpretations.defaults();
    static final Interpretations MONTHS = Interpretations.defaults()
            .withExpiry(Interpretations.Expiry.THIRTY_SIX_MONTHS_FROM_DECISION);

    static Recognition decided(String scheme, Level level, LocalDate date) {
        return new Recognition(scheme, level, RecognitionKind.FIRST, date, "15/QĐ-PGDĐT", "Phòng GDĐT", date.getYear() - 1);
    }

    @Test
    void endOfTheThirdFollowingYear() {
        Recognition r = decided("tt25", Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        assertEquals(LocalDate.of(2027, 12, 31), Validity.lastValidDay(r, END_OF_YEAR));
        assertTrue(Validity.validOn(r, LocalDate.of(2027, 12, 31), END_OF_YEAR));
        assertFalse(Validity.validOn(r, LocalDate.of(2028, 1, 1), END_OF_YEAR));
    }

    @Test
    void thirtySixMonthsFromTheDecision() {
        Recognition r = decided("tt25", Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        assertEquals(LocalDate.of(2027, 3, 19), Validity.lastValidDay(r, MONTHS));
        assertTrue(Validity.validOn(r, LocalDate.of(2027, 3, 19), MONTHS));
        assertFalse(Validity.validOn(r, LocalDate.of(2027, 3, 20), MONTHS));
    }

    @Test
    void aDecisionOnNewYearsEve() {
        Recognition r = decided("tt25", Level.LEVEL_1, LocalDate.of(2024, 12, 31));
        assertEquals(LocalDate.of(2027, 12, 31), Validity.lastValidDay(r, END_OF_YEAR));
        assertEquals(LocalDate.of(2027, 12, 30), Validity.lastValidDay(r, MONTHS));
    }

    @Test
    void notValidBeforeItWasDecided() {
        Recognition r = decided("tt25", Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        for (Interpretations i : List.of(END_OF_YEAR, MONTHS)) {
            assertFalse(Validity.validOn(r, LocalDate.of(2024, 3, 19), i));
            assertTrue(Validity.validOn(r, LocalDate.of(2024, 3, 20), i));
        }
    }

    @Test
    void theHighestLevelStillHeldOfTheScheme() {
        List<Recognition> history = List.of(
                decided("tt25", Level.LEVEL_1, LocalDate.of(2022, 3, 1)),  // valid to 2025-12-31
                decided("tt25", Level.LEVEL_2, LocalDate.of(2024, 3, 20)), // valid to 2027-12-31
                decided("tt24", Level.LEVEL_2, LocalDate.of(2025, 1, 10)));
        assertEquals(Optional.empty(), Validity.levelHeldOn(history, "tt25", LocalDate.of(2022, 2, 28), END_OF_YEAR));
        assertEquals(Optional.of(Level.LEVEL_1), Validity.levelHeldOn(history, "tt25", LocalDate.of(2024, 3, 19), END_OF_YEAR));
        assertEquals(Optional.of(Level.LEVEL_2), Validity.levelHeldOn(history, "tt25", LocalDate.of(2024, 3, 20), END_OF_YEAR));
        assertEquals(Optional.of(Level.LEVEL_2), Validity.levelHeldOn(history, "tt25", LocalDate.of(2027, 12, 31), END_OF_YEAR));
        assertEquals(Optional.empty(), Validity.levelHeldOn(history, "tt25", LocalDate.of(2028, 1, 1), END_OF_YEAR));
        assertEquals(Optional.empty(), Validity.levelHeldOn(history, "tt25", LocalDate.of(2027, 3, 20), MONTHS));
        assertEquals(Optional.of(Level.LEVEL_2), Validity.levelHeldOn(history, "tt24", LocalDate.of(2025, 1, 10), END_OF_YEAR));
    }
}
