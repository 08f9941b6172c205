package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidityTest {
    static final Interpretations DEFAULTS = Interpretations.defaults();

    static Recognition recognition(String scheme, Level level, RecognitionKind kind, LocalDate decided) {
        return new Recognition(scheme, level, kind, decided, "1/QĐ", "", decided.getYear() - 1);
    }

    static Recognition tt25(Level level, LocalDate decided) {
        return recognition("tt25", level, level == Level.LEVEL_1 ? RecognitionKind.FIRST : RecognitionKind.UPGRADE, decided);
    }

    @Test
    void underI3DefaultARecognitionLastsToTheEndOfTheThirdFollowingYear() {
        Recognition r = tt25(Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        assertEquals(LocalDate.of(2027, 12, 31), Validity.lastValidDay(r, DEFAULTS));
        assertTrue(Validity.validOn(r, LocalDate.of(2027, 12, 31), DEFAULTS), "last valid day");
        assertFalse(Validity.validOn(r, LocalDate.of(2028, 1, 1), DEFAULTS), "the day after");
        assertTrue(Validity.validOn(r, LocalDate.of(2024, 3, 20), DEFAULTS), "the decision day");
        assertFalse(Validity.validOn(r, LocalDate.of(2024, 3, 19), DEFAULTS), "the day before the decision");
    }

    @Test
    void the36MonthReadingEndsTheDayBeforeTheThirdAnniversary() {
        Interpretations months = DEFAULTS.withExpiry(Interpretations.Expiry.THIRTY_SIX_MONTHS_FROM_DECISION);
        Recognition r = tt25(Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        assertTrue(Validity.validOn(r, LocalDate.of(2027, 3, 19), months));
        assertFalse(Validity.validOn(r, LocalDate.of(2027, 3, 20), months));
    }

    @Test
    void noHistoryMeansNotRecognised() {
        RecognitionStatus s = Validity.status(List.of(), Track.TT25_COMMUNE, LocalDate.of(2025, 1, 1), DEFAULTS);
        assertEquals(RecognitionStatus.State.NONE, s.state());
        assertEquals(Optional.empty(), s.basis());
        assertEquals("not recognised on 2025-01-01 (Article 5(4) of Circular 25/2023/TT-BGDĐT)", s.reason().message(Lang.EN));
    }

    @Test
    void aDecisionAfterTheDateDoesNotCountYet() {
        List<Recognition> history = List.of(tt25(Level.LEVEL_1, LocalDate.of(2025, 3, 20)));
        assertEquals(RecognitionStatus.State.NONE,
                Validity.status(history, Track.TT25_COMMUNE, LocalDate.of(2025, 3, 19), DEFAULTS).state());
        assertEquals(RecognitionStatus.State.LEVEL_1,
                Validity.status(history, Track.TT25_COMMUNE, LocalDate.of(2025, 3, 20), DEFAULTS).state());
    }

    @Test
    void statusFollowsTheHistoryLevelThenUpgradeThenExpiry() {
        Recognition l1 = tt25(Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        Recognition l2 = tt25(Level.LEVEL_2, LocalDate.of(2025, 4, 10));
        List<Recognition> history = List.of(l2, l1);
        assertEquals(RecognitionStatus.State.LEVEL_1, Validity.status(history, Track.TT25_COMMUNE, LocalDate.of(2025, 4, 9), DEFAULTS).state());
        RecognitionStatus upgraded = Validity.status(history, Track.TT25_COMMUNE, LocalDate.of(2025, 4, 10), DEFAULTS);
        assertEquals(RecognitionStatus.State.LEVEL_2, upgraded.state());
        assertEquals(Optional.of(l2), upgraded.basis());
        assertEquals(Optional.of(LocalDate.of(2028, 12, 31)), upgraded.lastValidDay());
        assertEquals(RecognitionStatus.State.LEVEL_2, Validity.status(history, Track.TT25_COMMUNE, LocalDate.of(2028, 12, 31), DEFAULTS).state());
        RecognitionStatus expired = Validity.status(history, Track.TT25_COMMUNE, LocalDate.of(2029, 1, 1), DEFAULTS);
        assertEquals(RecognitionStatus.State.EXPIRED, expired.state());
        assertEquals(Optional.of(LocalDate.of(2028, 12, 31)), expired.lastValidDay());
        assertEquals(List.of(Interpretation.I_3), expired.reason().interpretations());
        assertEquals("kết quả công nhận Mức độ 2 đã hết thời hạn sau ngày 31/12/2028 (khoản 4 Điều 5 Thông tư 25/2023/TT-BGDĐT) [I-3]",
                expired.reason().message(Lang.VI));
    }

    @Test
    void level1HeldAloneAfterTheLevel2IsGoneIsImpossibleButLevel1AloneExpiresOnItsOwnDay() {
        Recognition l1 = tt25(Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        assertEquals(RecognitionStatus.State.LEVEL_1, Validity.status(List.of(l1), Track.TT25_COMMUNE, LocalDate.of(2027, 12, 31), DEFAULTS).state());
        assertEquals(RecognitionStatus.State.EXPIRED, Validity.status(List.of(l1), Track.TT25_COMMUNE, LocalDate.of(2028, 1, 1), DEFAULTS).state());
    }

    @Test
    void recognitionsOfTheOtherCircularAreIgnoredAndTheCitationFollowsTheTrack() {
        Recognition tt24 = recognition("tt24", Level.LEVEL_2, RecognitionKind.FIRST, LocalDate.of(2024, 2, 10));
        assertEquals(RecognitionStatus.State.NONE,
                Validity.status(List.of(tt24), Track.TT25_PROVINCE, LocalDate.of(2024, 6, 1), DEFAULTS).state());
        RecognitionStatus s = Validity.status(List.of(tt24), Track.TT24_PROVINCE, LocalDate.of(2024, 6, 1), DEFAULTS);
        assertEquals(RecognitionStatus.State.LEVEL_2, s.state());
        assertEquals("Level 2 by the decision of 2024-02-10, valid until 2027-12-31 (Article 11(4) of Circular 24/2023/TT-BGDĐT) [I-3]",
                s.reason().message(Lang.EN));
    }

    @Test
    void levelHeldOnKeepsItsMeaning() {
        Recognition l1 = tt25(Level.LEVEL_1, LocalDate.of(2024, 3, 20));
        assertEquals(Optional.of(Level.LEVEL_1), Validity.levelHeldOn(List.of(l1), "tt25", LocalDate.of(2026, 1, 1), DEFAULTS));
        assertEquals(Optional.empty(), Validity.levelHeldOn(List.of(l1), "tt25", LocalDate.of(2028, 1, 1), DEFAULTS));
    }
}
