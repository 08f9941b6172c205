package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.json.DossierJson;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample dossiers of examples/dossiers/tt24, read from JSON, and what the law says of each. */
class SampleDossiersTest {

    private static Decision decide(String file) {
        Dossier dossier = DossierJson.strict().read(Path.of("..", "examples", "dossiers", "tt24", file));
        return Tt24.scheme().evaluate(dossier, AS_OF);
    }

    private static Set<String> notMet(Decision decision, Level level) {
        return decision.level(level).orElseThrow().indicators().stream().filter(f -> f.outcome() != Outcome.MET
                && f.outcome() != Outcome.NOT_APPLICABLE).map(Finding::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aProvincialHighSchoolMeetsLevel2() {
        Decision decision = decide("provincial-high-school-level2.json");
        assertEquals(Optional.of("tt24.province"), decision.ruleSetId());
        assertEquals(Optional.of(Level.LEVEL_2), decision.highestLevel());
        assertTrue(decision.met(Level.LEVEL_1));
        // 58 of 82 members (70.7 %) with language proficiency, 1,170 of 1,200 learners (97.5 %)
        assertEquals(Outcome.MET, decision.find("tt24.province.l2.c2.i4").orElseThrow().outcome());
        assertEquals(Outcome.MET, decision.find("tt24.province.l2.c3.i1").orElseThrow().outcome());
        assertEquals(Outcome.MET, decision.find("tt24.province.l2.c3.i4").orElseThrow().outcome());
        assertEquals(Outcome.NOT_APPLICABLE, decision.find("tt24.province.l2.c3.i5").orElseThrow().outcome());
        assertEquals(Outcome.NOT_APPLICABLE, decision.find("tt24.province.l2.c3.i6").orElseThrow().outcome());
    }

    @Test
    void aDistrictEnterpriseMeetsLevel1Only() {
        Decision decision = decide("district-enterprise-level1.json");
        assertEquals(Optional.of("tt24.district"), decision.ruleSetId());
        assertEquals(Optional.of(Level.LEVEL_1), decision.highestLevel());
        // 90.0 % to 94.0 % of 500 members: enough for Level 1 (90 %), not for Level 2 (95 %)
        assertEquals(Set.of("tt24.district.l2.c2.i1", "tt24.district.l2.c2.i2", "tt24.district.l2.c2.i3",
                "tt24.district.l2.c2.i5", "tt24.district.l2.c3.i1"), notMet(decision, Level.LEVEL_2));
        // not a state body: no budget indicator, no language indicator, and (I-2) no title at Level 2
        assertEquals(Outcome.NOT_APPLICABLE, decision.find("tt24.district.l1.c1.i3").orElseThrow().outcome());
        assertEquals(Outcome.NOT_APPLICABLE, decision.find("tt24.district.l1.c2.i4").orElseThrow().outcome());
        Finding title = decision.find("tt24.district.l2.c3.i3").orElseThrow();
        assertEquals(Outcome.NOT_APPLICABLE, title.outcome());
        assertTrue(title.interpretations().contains(Interpretation.I_2));
    }

    @Test
    void aUniversityFailsOnTheDigitalTransformationLevel() {
        Decision decision = decide("university-failing-digital-transformation.json");
        assertEquals(Optional.empty(), decision.highestLevel());
        assertEquals(Set.of("tt24.province.l1.c3.i5"), notMet(decision, Level.LEVEL_1));
        Finding digital = decision.find("tt24.province.l1.c3.i5").orElseThrow();
        assertEquals(ReasonCode.LEVEL_BELOW_MINIMUM, digital.reason().code());
        assertEquals(List.of(0, 1), digital.reason().args());
        // at Level 2 also 8,800 of 9,100 learners (96.7 %) is below 97 %
        assertEquals(Set.of("tt24.province.l2.c3.i1", "tt24.province.l2.c3.i5"), notMet(decision, Level.LEVEL_2));
    }

    @Test
    void anEnterpriseWithoutEvidenceForItsPlanAndNoLearningCitizenCountMeetsNoLevel() {
        Decision decision = decide("district-enterprise-missing-evidence.json");
        assertEquals(Optional.empty(), decision.highestLevel());
        // the plan is declared carried out but no document is attached: not met for lack of evidence (I-7)
        Finding plan = decision.find("tt24.district.l1.c1.i1").orElseThrow();
        assertEquals(Outcome.NOT_MET, plan.outcome());
        assertEquals(ReasonCode.NO_EVIDENCE, plan.reason().code());
        assertTrue(plan.interpretations().contains(Interpretation.I_7));
        // the Learning Citizen count is absent: unknown, kept apart from "not met"
        Finding citizens = decision.find("tt24.district.l1.c3.i1").orElseThrow();
        assertEquals(Outcome.UNKNOWN, citizens.outcome());
        assertEquals(ReasonCode.VALUE_ABSENT, citizens.reason().code());
        assertEquals(Set.of("tt24.district.l1.c1.i1", "tt24.district.l1.c3.i1"), notMet(decision, Level.LEVEL_1));
        // a criterion not met outweighs one unknown: Level 1 is not met, not merely unknown
        assertEquals(Outcome.NOT_MET, decision.level(Level.LEVEL_1).orElseThrow().outcome());
    }
}
