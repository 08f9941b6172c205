package io.github.xhht.tt25;

import static io.github.xhht.tt25.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample dossiers of examples/dossiers/tt25, read as a user reads them, with their expected results. */
class SampleDossiersTest {

    private static final Path DIR = Path.of("..", "examples", "dossiers", "tt25");

    private static Dossier read(String name) {
        return DossierJson.strict().read(DIR.resolve(name));
    }

    /** Evaluated when the commune's decision is due (before 31 March of the following year). */
    private static Decision evaluate(String name, LocalDate asOf) {
        return Tt25.scheme().evaluate(read(name), asOf);
    }

    private static List<String> notMet(Finding level) {
        return level.indicators().stream().filter(f -> f.outcome() != Outcome.MET).map(Finding::id).toList();
    }

    @Test
    void communeAtLevel2() {
        Decision d = evaluate("commune-level2.json", LocalDate.of(2025, 3, 31));
        assertEquals(Optional.of(Level.LEVEL_2), d.highestLevel());
        assertEquals(List.of(), notMet(d.level(Level.LEVEL_2).orElseThrow()));
        assertEquals(Optional.of(new FactValue.Share(4300, 5200)), finding(d, "tt25.commune.l2.c5.i1").observed());
    }

    @Test
    void communeInADifficultAreaAtLevel1() {
        Decision d = evaluate("commune-difficult-area-level1.json", LocalDate.of(2025, 3, 31));
        assertEquals(Optional.of(Level.LEVEL_1), d.highestLevel());
        // 45 % trained and 11 % university pass Level 1 only on the difficult-area thresholds (40 %, 10 %)
        Finding workforce = finding(d, "tt25.commune.l1.c5.i2");
        assertEquals(Outcome.MET, workforce.outcome());
        assertTrue(workforce.interpretations().contains(Interpretation.I_9));
        assertEquals(List.of("tt25.commune.l2.c4.i2", "tt25.commune.l2.c4.i3", "tt25.commune.l2.c4.i4",
                "tt25.commune.l2.c5.i1", "tt25.commune.l2.c5.i2"), notMet(d.level(Level.LEVEL_2).orElseThrow()));
        assertEquals(ReasonCode.LEVEL_BELOW_MINIMUM, finding(d, "tt25.commune.l2.c4.i2").reason().code());
        assertEquals(List.of("1950/3000", 80), finding(d, "tt25.commune.l2.c5.i1").reason().args());
        assertEquals(List.of("1350/3000", 50), finding(d, "tt25.commune.l2.c5.i2").reason().args());
    }

    @Test
    void communeWithMissingEvidence() {
        Decision d = evaluate("commune-missing-evidence.json", LocalDate.of(2025, 3, 31));
        assertEquals(Optional.empty(), d.highestLevel());
        Finding budget = finding(d, "tt25.commune.l1.c2.i1");
        assertEquals(Outcome.NOT_MET, budget.outcome());
        assertEquals(ReasonCode.NO_EVIDENCE, budget.reason().code());
        Finding literacy = finding(d, "tt25.commune.l1.c4.i4");
        assertEquals(Outcome.UNKNOWN, literacy.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, literacy.reason().code());
        assertEquals(List.of("tt25.commune.l1.c2.i1", "tt25.commune.l1.c4.i4"), notMet(d.level(Level.LEVEL_1).orElseThrow()));
        // a criterion not met outweighs one unknown: the level is not met, not merely unknown
        assertEquals(Outcome.NOT_MET, d.level(Level.LEVEL_1).orElseThrow().outcome());
        assertEquals(List.of("tt25.commune.l1.c2"), d.level(Level.LEVEL_1).orElseThrow().reason().args());
    }

    @Test
    void districtFailingOnTheShareOfCommunes() {
        Decision d = evaluate("district-failing-commune-share.json", LocalDate.of(2025, 4, 15));
        assertEquals(Optional.empty(), d.highestLevel());
        assertEquals(List.of("tt25.district.l1.c4.i1"), notMet(d.level(Level.LEVEL_1).orElseThrow()));
        Finding share = finding(d, "tt25.district.l1.c4.i1");
        assertEquals(ReasonCode.BELOW_THRESHOLD, share.reason().code());
        assertEquals(List.of("8/10", 90), share.reason().args());
        assertTrue(share.interpretations().contains(Interpretation.I_1));
        assertEquals(8, share.evidence().size());
    }

    @Test
    void provinceAtLevel1() {
        Decision d = evaluate("province-level1.json", LocalDate.of(2025, 7, 15));
        assertEquals(Optional.of(Level.LEVEL_1), d.highestLevel());
        assertEquals(Optional.of(new FactValue.Share(12, 13)), finding(d, "tt25.province.l1.c4.i1").observed());
        assertEquals(List.of("tt25.province.l2.c4.i1"), notMet(d.level(Level.LEVEL_2).orElseThrow()));
        assertEquals(List.of("3/13", 90), finding(d, "tt25.province.l2.c4.i1").reason().args());
        assertTrue(d.interpretations().contains(Interpretation.I_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"commune-level2.json", "commune-difficult-area-level1.json", "commune-missing-evidence.json",
            "district-failing-commune-share.json", "province-level1.json"})
    void eachSampleSurvivesAWriteAndReadBack(String name) {
        Dossier dossier = read(name);
        assertEquals(dossier, DossierJson.strict().read(DossierJson.strict().write(dossier)));
        assertEquals(Tt25.ID, dossier.scheme());
    }

    @Test
    void beforeTheCircularTheSamplesHaveNoRuleSet() {
        Decision d = evaluate("commune-level2.json", LocalDate.of(2024, 2, 11));
        assertEquals(io.github.xhht.core.eval.Status.NO_RULE_SET_IN_FORCE, d.status());
    }
}
