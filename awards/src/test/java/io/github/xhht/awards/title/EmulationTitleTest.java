package io.github.xhht.awards.title;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.awards.title.EmulationTitle.Recipient;
import io.github.xhht.core.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulationTitleTest {

    @Test
    void grassrootsFighterCountsAsAdvancedWorkerOrHigher() {
        assertTrue(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER.isAtLeast(EmulationTitle.ADVANCED_WORKER));
        assertTrue(EmulationTitle.ADVANCED_WORKER.isAtLeast(EmulationTitle.ADVANCED_WORKER));
        assertFalse(EmulationTitle.ADVANCED_WORKER.isAtLeast(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER));
    }

    @Test
    void excellentCollectiveCountsAsAdvancedCollectiveOrHigherButNotTheReverse() {
        assertTrue(EmulationTitle.EXCELLENT_LABOUR_COLLECTIVE.isAtLeast(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE));
        assertFalse(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE.isAtLeast(EmulationTitle.EXCELLENT_LABOUR_COLLECTIVE));
    }

    @Test
    void armedForcesCounterpartsRankWithTheirCivilianTitles() {
        assertTrue(EmulationTitle.ADVANCED_SOLDIER.isAtLeast(EmulationTitle.ADVANCED_WORKER));
        assertTrue(EmulationTitle.ADVANCED_WORKER.isAtLeast(EmulationTitle.ADVANCED_SOLDIER));
        assertTrue(EmulationTitle.DETERMINED_TO_WIN_UNIT.isAtLeast(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE));
    }

    @Test
    void individualAndCollectiveTitlesNeverCompare() {
        assertFalse(EmulationTitle.NATIONAL_EMULATION_FIGHTER.isAtLeast(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE));
        assertFalse(EmulationTitle.GOVERNMENT_EMULATION_FLAG.isAtLeast(EmulationTitle.ADVANCED_WORKER));
    }

    @Test
    void orderListsLowestFirstPerRecipient() {
        assertEquals(List.of("ADVANCED_WORKER", "ADVANCED_SOLDIER", "GRASSROOTS_EMULATION_FIGHTER",
                        "MINISTERIAL_EMULATION_FIGHTER", "NATIONAL_EMULATION_FIGHTER"),
                EmulationTitle.codes(Recipient.INDIVIDUAL));
        assertEquals(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE, EmulationTitle.ordered(Recipient.COLLECTIVE).get(0));
        assertEquals("Tập thể lao động xuất sắc", EmulationTitle.labels(Recipient.COLLECTIVE).get(2).vi());
    }

    @Test
    void onlyTheAdvancedCollectiveTitlesCarryOldLawWording() {
        assertTrue(EmulationTitle.ADVANCED_LABOUR_COLLECTIVE.oldLawWording());
        assertFalse(EmulationTitle.EXCELLENT_LABOUR_COLLECTIVE.oldLawWording());
        assertFalse(EmulationTitle.ADVANCED_WORKER.oldLawWording());
    }

    @Test
    void citesTheArticleOfTheLaw() {
        assertEquals("Điều 24 Luật 06/2022/QH15", EmulationTitle.ADVANCED_WORKER.citation().render(Lang.VI));
        assertEquals("Article 27 of Law 06/2022/QH15", EmulationTitle.EXCELLENT_LABOUR_COLLECTIVE.citation().render(Lang.EN));
    }

    @Test
    void unknownCodeIsRejected() {
        assertEquals(EmulationTitle.ADVANCED_WORKER, EmulationTitle.byCode("ADVANCED_WORKER"));
        assertThrows(IllegalArgumentException.class, () -> EmulationTitle.byCode("BEST_WORKER"));
    }
}
