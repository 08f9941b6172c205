package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import io.github.xhht.core.model.RecognitionKind;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LifecyclePropertiesTest {

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Interpretations> readings() {
        return Arbitraries.of(Interpretations.Expiry.class).map(e -> Interpretations.defaults().withExpiry(e));
    }

    static Recognition level1(LocalDate decided) {
        return new Recognition("tt25", Level.LEVEL_1, RecognitionKind.FIRST, decided, "", "", decided.getYear() - 1);
    }

    @Property
    void aRecognitionIsNeverValidBeforeItsDecisionDate(@ForAll("dates") LocalDate decided,
                                                        @ForAll @IntRange(min = 1, max = 5000) int daysBefore,
                                                        @ForAll("readings") Interpretations reading) {
        assertFalse(Validity.validOn(level1(decided), decided.minusDays(daysBefore), reading));
    }

    @Property
    void validityIsMonotoneValidOnTwoDaysMeansValidInBetween(@ForAll("dates") LocalDate decided,
                                                              @ForAll @IntRange(min = -400, max = 2000) int a,
                                                              @ForAll @IntRange(min = 0, max = 2000) int gap,
                                                              @ForAll @IntRange(min = 0, max = 2000) int at,
                                                              @ForAll("readings") Interpretations reading) {
        Recognition r = level1(decided);
        LocalDate d1 = decided.plusDays(a);
        LocalDate d2 = d1.plusDays(gap);
        Assume.that(Validity.validOn(r, d1, reading) && Validity.validOn(r, d2, reading));
        LocalDate between = d1.plusDays(Math.min(at, gap));
        assertTrue(Validity.validOn(r, between, reading));
    }

    @Property
    void noUpgradeIsAllowedBeforeTheLevel1DecisionPlus12Months(@ForAll("dates") LocalDate decided,
                                                                @ForAll @IntRange(min = 0, max = 1500) int daysAfter,
                                                                @ForAll("readings") Interpretations reading) {
        LocalDate filed = decided.plusDays(daysAfter);
        int year = filed.getYear() - 1;
        Application upgrade = new Application(Track.TT25_PROVINCE, RecognitionKind.UPGRADE, Level.LEVEL_2, year, filed,
                Office.MINISTRY_OF_EDUCATION);
        Eligibility e = Applications.check(upgrade, List.of(level1(decided)), reading);
        if (e.allowed()) {
            assertFalse(filed.isBefore(decided.plusMonths(12)));
        }
        // and the wait is the only thing between a valid Level 1 and an allowed upgrade
        boolean valid = Validity.validOn(level1(decided), filed, reading);
        boolean waited = !filed.isBefore(decided.plusMonths(12));
        assertEquals(valid && waited && !filed.isBefore(Track.TT25_PROVINCE.inForceFrom()), e.allowed());
        // an upgrade decided on or after an allowed filing is never an early upgrade in the history
        if (e.allowed()) {
            Recognition decided2 = new Recognition("tt25", Level.LEVEL_2, RecognitionKind.UPGRADE, filed.plusDays(daysAfter % 60),
                    "", "", year);
            assertEquals(List.of(), Applications.earlyUpgrades(List.of(level1(decided), decided2)));
        }
    }

    @Property
    void anUpgradeDecidedWithin12MonthsOfItsLevel1IsFlagged(@ForAll("dates") LocalDate decided,
                                                            @ForAll @IntRange(min = 1, max = 364) int daysAfter) {
        LocalDate upgradeDay = decided.plusDays(daysAfter);
        Assume.that(upgradeDay.isBefore(decided.plusMonths(12)));
        Recognition upgrade = new Recognition("tt25", Level.LEVEL_2, RecognitionKind.UPGRADE, upgradeDay, "", "",
                upgradeDay.getYear() - 1);
        assertEquals(List.of(upgrade), Applications.earlyUpgrades(List.of(level1(decided), upgrade)));
    }
}
