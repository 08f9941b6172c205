package io.github.xhht.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.bench.baseline.DroolsCommune;
import io.github.xhht.bench.baseline.EasyRulesCommune;
import io.github.xhht.bench.baseline.HandWritten;
import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.tt24.Tt24;
import io.github.xhht.tt25.Tt25;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synthetic data is the mix it claims to be, the same every time, and every baseline agrees with xhht on it. */
class DossiersTest {
    private static final int N = 2048;

    @Test
    void theSameSeedGivesTheSameDossiers() {
        assertEquals(Dossiers.communes(50, Dossiers.SEED), Dossiers.communes(50, Dossiers.SEED));
        assertEquals(Dossiers.units(50, Dossiers.SEED), Dossiers.units(50, Dossiers.SEED));
    }

    @Test
    void communesAreARealisticMix() {
        int[] levels = new int[3];
        int difficult = 0;
        int unknown = 0;
        int noEvidence = 0;
        int belowThreshold = 0;
        for (Dossier d : Dossiers.communes(N, Dossiers.SEED)) {
            Decision decision = Tt25.scheme().evaluate(d, Dossiers.AS_OF);
            levels[decision.highestLevel().map(Level::number).orElse(0)]++;
            difficult += d.subject().has(SubjectAttribute.DIFFICULT_AREA) ? 1 : 0;
            List<Finding> indicators = decision.indicators();
            unknown += indicators.stream().anyMatch(f -> f.outcome() == Outcome.UNKNOWN) ? 1 : 0;
            noEvidence += indicators.stream().anyMatch(f -> f.reason().code() == ReasonCode.NO_EVIDENCE) ? 1 : 0;
            belowThreshold += indicators.stream().anyMatch(f -> f.reason().code() == ReasonCode.BELOW_THRESHOLD) ? 1 : 0;
        }
        // each kind of commune is a sizeable part, none is the whole
        for (int count : levels) {
            assertTrue(count > N / 5 && count < N / 2, () -> "levels 0/1/2: " + java.util.Arrays.toString(levels));
        }
        assertTrue(difficult > N / 10 && difficult < N / 3, "difficult-area communes: " + difficult);
        assertTrue(unknown > N / 20, "communes with a value absent: " + unknown);
        assertTrue(noEvidence > N / 20, "communes with a fact without evidence: " + noEvidence);
        assertTrue(belowThreshold > N / 20, "communes below a threshold: " + belowThreshold);
    }

    @Test
    void unitsCoverEveryOutcome() {
        int[] levels = new int[3];
        for (Dossier d : Dossiers.units(N, Dossiers.SEED)) {
            levels[Tt24.scheme().evaluate(d, Dossiers.AS_OF).highestLevel().map(Level::number).orElse(0)]++;
        }
        for (int count : levels) {
            assertTrue(count > N / 10, () -> "levels 0/1/2: " + java.util.Arrays.toString(levels));
        }
    }

    @Test
    void everyBaselineGivesXhhtsHighestLevel() {
        DroolsCommune drools = new DroolsCommune();
        EasyRulesCommune easyRules = new EasyRulesCommune();
        for (Dossier d : Dossiers.communes(N, Dossiers.SEED)) {
            int xhht = Tt25.scheme().verdict(d, Dossiers.AS_OF, io.github.xhht.core.law.Interpretations.defaults())
                    .highestLevel().map(Level::number).orElse(0);
            assertEquals(xhht, HandWritten.highestLevel(d), d.subject().id());
            assertEquals(xhht, drools.highestLevel(d), d.subject().id());
            assertEquals(xhht, easyRules.highestLevel(d), d.subject().id());
        }
    }
}
