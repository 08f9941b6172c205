package io.github.xhht.tt24;

import static io.github.xhht.tt24.Units.EVIDENCE;
import static io.github.xhht.tt24.Units.evaluate;
import static io.github.xhht.tt24.Units.finding;
import static io.github.xhht.tt24.Units.full;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.eval.Decision;
import io.github.xhht.core.model.AdminLevel;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.SubjectAttribute;
import io.github.xhht.core.rule.Finding;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Art. 8, 9, 14, 15: each indicator passes or fails; a criterion passes only if all its indicators do; a
 * level only if all its criteria do. Every yes/no point of every level, reported as not done, fails its
 * criterion and its level, and nothing else.
 */
class PassRulesTest {

    /** A public vocational-education centre (district) or college (province): every flag point applies to it. */
    private static UnitKind kindAt(AdminLevel tier) {
        return tier == AdminLevel.DISTRICT ? UnitKind.VOCATIONAL_EDUCATION_CENTRE : UnitKind.COLLEGE;
    }

    /** Every yes/no point of every level, by its full id (the flag points of criteria 1 and 3). */
    static Stream<Arguments> flagPoints() {
        return Stream.of(
                Arguments.of("tt24.district.l1.c1.i1", "annualLearningPlan"),
                Arguments.of("tt24.district.l1.c1.i2", "trainingRegimesAndIncentives"),
                Arguments.of("tt24.district.l1.c1.i3", "trainingBudgetAllocated"),
                Arguments.of("tt24.district.l1.c1.i4", "digitalTransformationAndEquipment"),
                Arguments.of("tt24.district.l1.c1.i5", "lifelongLearningActivities"),
                Arguments.of("tt24.district.l1.c3.i2", "learningEnvironment"),
                Arguments.of("tt24.district.l1.c3.i5", "vocationalAccreditation"),
                Arguments.of("tt24.district.l2.c1.i1", "annualLearningPlan"),
                Arguments.of("tt24.district.l2.c1.i2", "trainingRegimesAndIncentives"),
                Arguments.of("tt24.district.l2.c1.i3", "trainingBudgetAllocated"),
                Arguments.of("tt24.district.l2.c1.i4", "digitalTransformationAndEquipment"),
                Arguments.of("tt24.district.l2.c1.i5", "lifelongLearningActivities"),
                Arguments.of("tt24.district.l2.c3.i2", "learningEnvironment"),
                Arguments.of("tt24.district.l2.c3.i5", "vocationalAccreditation"),
                Arguments.of("tt24.province.l1.c1.i1", "annualLearningPlan"),
                Arguments.of("tt24.province.l1.c1.i2", "trainingRegimesAndIncentives"),
                Arguments.of("tt24.province.l1.c1.i3", "trainingBudgetAllocated"),
                Arguments.of("tt24.province.l1.c1.i4", "digitalTransformationAndEquipment"),
                Arguments.of("tt24.province.l1.c1.i5", "lifelongLearningActivities"),
                Arguments.of("tt24.province.l1.c3.i2", "learningEnvironment"),
                Arguments.of("tt24.province.l1.c3.i6", "vocationalAccreditation"),
                Arguments.of("tt24.province.l2.c1.i1", "annualLearningPlan"),
                Arguments.of("tt24.province.l2.c1.i2", "trainingRegimesAndIncentives"),
                Arguments.of("tt24.province.l2.c1.i3", "trainingBudgetAllocated"),
                Arguments.of("tt24.province.l2.c1.i4", "digitalTransformationAndEquipment"),
                Arguments.of("tt24.province.l2.c1.i5", "lifelongLearningActivities"),
                Arguments.of("tt24.province.l2.c3.i2", "learningEnvironment"),
                Arguments.of("tt24.province.l2.c3.i6", "vocationalAccreditation"));
    }

    @ParameterizedTest(name = "{0}: {1} not done")
    @MethodSource("flagPoints")
    void aPointNotDoneFailsItsCriterionAndItsLevelOnly(String id, String fact) {
        String tierCode = id.split("\\.")[1];
        AdminLevel tier = AdminLevel.valueOf(tierCode.toUpperCase(java.util.Locale.ROOT));
        @SuppressWarnings("unchecked")
        FactKey<FactValue.Flag> key = (FactKey<FactValue.Flag>) Tt24.district().facts().get(fact);
        Decision decision = evaluate(full(kindAt(tier), tier, SubjectAttribute.PUBLIC_INSTITUTION)
                .fact(key, FactValue.Flag.FALSE, EVIDENCE).build());
        String local = id.substring(("tt24." + tierCode + ".").length()); // the level and point, after the tier
        String prefix = "tt24." + tierCode + "." + local.substring(0, 3);
        Finding point = finding(decision, id);
        assertEquals(Outcome.NOT_MET, point.outcome());
        assertEquals(ReasonCode.REPORTED_NOT_DONE, point.reason().code());
        String criterion = prefix + local.substring(3, 5);
        assertEquals(Outcome.NOT_MET, finding(decision, criterion).outcome());
        // the other criteria of the level are untouched: one failing point is enough to fail the level
        for (String other : List.of("c1", "c2", "c3")) {
            if (!criterion.endsWith(other)) {
                assertEquals(Outcome.MET, finding(decision, prefix + other).outcome(), other);
            }
        }
        assertFalse(decision.met(Level.of(local.charAt(1) - '0')));
    }

    /** Art. 6(3)(c), 7(3)(c), 12(3)(c), 13(3)(c): the lowest title passes, no title fails, for a body under a PC. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"tt24.district.l1.c3.i3", "tt24.district.l2.c3.i3", "tt24.province.l1.c3.i3", "tt24.province.l2.c3.i3"})
    void theCollectiveTitleAtItsMinimumAndBelow(String id) {
        AdminLevel tier = id.contains("district") ? AdminLevel.DISTRICT : AdminLevel.PROVINCE;
        for (CollectiveTitle title : List.of(CollectiveTitle.ADVANCED_LABOUR_COLLECTIVE, CollectiveTitle.ADVANCED_UNIT)) {
            Finding met = finding(evaluate(full(UnitKind.STATE_BODY, tier)
                    .fact(Tt24Facts.COLLECTIVE_TITLE, new FactValue.Title(title.name()), EVIDENCE).build()), id);
            assertEquals(Outcome.MET, met.outcome(), title.name());
        }
        Finding none = finding(evaluate(full(UnitKind.STATE_BODY, tier)
                .fact(Tt24Facts.COLLECTIVE_TITLE, new FactValue.Title(CollectiveTitle.NONE.name()), EVIDENCE).build()), id);
        assertEquals(Outcome.NOT_MET, none.outcome());
        assertEquals(ReasonCode.TITLE_BELOW_MINIMUM, none.reason().code());
        assertEquals(List.of(CollectiveTitle.NONE.label(), CollectiveTitle.ADVANCED_LABOUR_COLLECTIVE.label()), none.reason().args());
    }

    /** Art. 22(1): both rule sets take effect on 26 January 2024, with no end date known. */
    @Test
    void bothRuleSetsTakeEffectOn26January2024() {
        for (var set : List.of(Tt24.district(), Tt24.province())) {
            assertEquals(LocalDate.of(2024, 1, 26), set.effectiveFrom(), set.id());
            assertTrue(set.effectiveTo().isEmpty(), set.id());
            assertFalse(set.inForceOn(LocalDate.of(2024, 1, 25)), set.id());
            assertTrue(set.inForceOn(LocalDate.of(2024, 1, 26)), set.id());
        }
    }
}
