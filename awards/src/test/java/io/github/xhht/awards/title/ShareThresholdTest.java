package io.github.xhht.awards.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.title.TitleOptions.ShareThreshold;
import org.junit.jupiter.api.Test;

/** Option T-2's share threshold on its own: both readings at the boundary and one below, exact on counts. */
class ShareThresholdTest {

    @Test
    void moreThanFiftyPercentIsStrict() {
        ShareThreshold t = ShareThreshold.moreThan(50);
        assertEquals(50, t.percent());
        assertTrue(t.strictly());
        assertFalse(t.passes(5, 10), "exactly half is not more than half");
        assertTrue(t.passes(6, 10));
        assertFalse(t.passes(50, 100));
        assertTrue(t.passes(51, 100));
        assertEquals("trên 50%", t.describe().vi());
        assertEquals("more than 50%", t.describe().en());
    }

    @Test
    void atLeastSeventyPercentIncludesTheBoundary() {
        ShareThreshold t = ShareThreshold.atLeast(70);
        assertEquals(70, t.percent());
        assertFalse(t.strictly());
        assertTrue(t.passes(7, 10));
        assertFalse(t.passes(6, 10));
        assertTrue(t.passes(70, 100));
        assertFalse(t.passes(69, 100));
        assertEquals("từ 70% trở lên", t.describe().vi());
        assertEquals("at least 70%", t.describe().en());
    }

    /** 0 of 0 is 0 × 100 ≥ 0 × 70 in arithmetic, but an empty collective holds no share at all. */
    @Test
    void anEmptyTotalNeverPassesEvenAnInclusiveThreshold() {
        assertFalse(ShareThreshold.atLeast(70).passes(0, 0));
        assertFalse(ShareThreshold.atLeast(0).passes(0, 0));
        assertFalse(ShareThreshold.moreThan(50).passes(0, 0));
        assertTrue(ShareThreshold.atLeast(0).passes(0, 1), "at least 0 % of a non-empty total always passes");
    }

    @Test
    void percentIsAcceptedFromZeroToAHundredInclusive() {
        assertEquals(0, ShareThreshold.atLeast(0).percent());
        assertEquals(100, ShareThreshold.atLeast(100).percent());
        assertTrue(ShareThreshold.atLeast(100).passes(10, 10));
        assertFalse(ShareThreshold.atLeast(100).passes(9, 10));
        assertThrows(IllegalArgumentException.class, () -> ShareThreshold.atLeast(-1));
        assertThrows(IllegalArgumentException.class, () -> ShareThreshold.moreThan(101));
    }

    @Test
    void theDefaultsAreThe2022TextAndMoreThanHalf() {
        TitleOptions d = TitleOptions.defaults();
        assertEquals(TitleOptions.GrassrootsFighterReading.LAW_2022_ANY_ALTERNATIVE, d.grassrootsFighter());
        assertEquals(ShareThreshold.moreThan(50), d.advancedCollective());
        TitleOptions changed = d.withGrassrootsFighter(TitleOptions.GrassrootsFighterReading.INITIATIVE_REQUIRED);
        assertEquals(TitleOptions.GrassrootsFighterReading.INITIATIVE_REQUIRED, changed.grassrootsFighter());
        assertEquals(d.advancedCollective(), changed.advancedCollective());
    }

    /** Every title reports its recipient, rank and whether it is an armed-forces counterpart. */
    @Test
    void titlesReportRecipientRankAndArmedForces() {
        assertEquals(EmulationTitle.Recipient.INDIVIDUAL, EmulationTitle.ADVANCED_SOLDIER.recipient());
        assertEquals(EmulationTitle.Recipient.COLLECTIVE, EmulationTitle.ADVANCED_UNIT.recipient());
        assertEquals(1, EmulationTitle.ADVANCED_WORKER.rank());
        assertEquals(2, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER.rank());
        assertEquals(4, EmulationTitle.GOVERNMENT_EMULATION_FLAG.rank());
        assertTrue(EmulationTitle.ADVANCED_SOLDIER.armedForces());
        assertTrue(EmulationTitle.DETERMINED_TO_WIN_UNIT.armedForces());
        assertFalse(EmulationTitle.ADVANCED_WORKER.armedForces());
        assertFalse(EmulationTitle.EXCELLENT_LABOUR_COLLECTIVE.armedForces());
    }
}
