package io.github.xhht.core.eval;

import static io.github.xhht.core.testing.Problems.assertProblem;
import static io.github.xhht.core.testing.Problems.problems;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Subject;
import io.github.xhht.core.model.SubjectKind;
import io.github.xhht.core.rule.Applicability;
import io.github.xhht.core.rule.AppliesWhen;
import io.github.xhht.core.rule.Criterion;
import io.github.xhht.core.rule.Indicator;
import io.github.xhht.core.rule.LevelRule;
import io.github.xhht.core.rule.Measures;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Rule;
import io.github.xhht.core.testing.TestDossiers;
import io.github.xhht.core.testing.TestRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A rule set checks its own shape when built, and a dossier's fit before it evaluates it. */
class RuleSetTest {
    static final LocalDate FROM = LocalDate.of(2024, 2, 12);
    static final FactKey<FactValue.Count> CITIZENS = FactKey.count("citizens", Text.of("Số dân", "Citizens"));
    static final FactKey<FactValue.Share> LEARNERS = FactKey.share("learners", Text.of("Người học", "Learners"));
    static final FactKey<FactValue.Flag> PLAN = FactKey.flag("plan", Text.of("Kế hoạch", "Plan"));
    static final Applicability COMMUNES = Applicability.when(Text.of("xã", "communes"), s -> s.kind() == SubjectKind.COMMUNE);

    static Indicator indicator(String id, io.github.xhht.core.rule.Measure measure) {
        return Indicator.of(id, TestRules.CITATION, Text.of(id, id), measure);
    }

    static LevelRule level(String id, Level level, Rule... criteria) {
        return LevelRule.of(id, level, TestRules.DOCUMENT.article(2), Text.of(id, id), criteria);
    }

    static Criterion criterion(String id, Rule... parts) {
        return Criterion.of(id, TestRules.DOCUMENT.article(3), Text.of(id, id), parts);
    }

    static RuleSet ruleSet(List<LevelRule> levels, List<FactKey<?>> extra) {
        return new RuleSet("t.commune", "t", Text.of("Thử", "Test"), TestRules.DOCUMENT, FROM, Optional.empty(), COMMUNES,
                levels, extra);
    }

    /** Level 1: plan carried out and ≥ 50 % learners; Level 2: ≥ 70 % learners. */
    static RuleSet twoLevels() {
        return ruleSet(List.of(
                level("t.l1", Level.LEVEL_1, criterion("t.l1.c1",
                        indicator("t.l1.c1.i1", Measures.flag(PLAN)),
                        indicator("t.l1.c1.i2", Measures.shareAtLeast(LEARNERS, 50)))),
                level("t.l2", Level.LEVEL_2, criterion("t.l2.c1",
                        indicator("t.l2.c1.i1", Measures.shareAtLeast(LEARNERS, 70))))),
                List.of(CITIZENS));
    }

    static Dossier dossier(long learners, long of) {
        return TestDossiers.builder("t")
                .fact(PLAN, FactValue.Flag.TRUE, TestDossiers.evidence())
                .fact(LEARNERS, new FactValue.Share(learners, of), TestDossiers.evidence())
                .build();
    }

    // --- shape ---

    @Test
    void duplicateRuleIdsAreRefused() {
        Indicator a = indicator("t.i", Measures.flag(PLAN));
        assertThrows(IllegalArgumentException.class,
                () -> ruleSet(List.of(level("t.l1", Level.LEVEL_1, criterion("t.c", a, a))), List.of()), "within a level");
        assertThrows(IllegalArgumentException.class, () -> ruleSet(List.of(
                level("t.l1", Level.LEVEL_1, criterion("t.l1.c", a)),
                level("t.l2", Level.LEVEL_2, criterion("t.l2.c", a))), List.of()), "across levels");
        assertThrows(IllegalArgumentException.class, () -> ruleSet(List.of(
                level("t.l1", Level.LEVEL_1, criterion("t.c", indicator("t.c.i1", Measures.flag(PLAN)))),
                level("t.l2", Level.LEVEL_2, criterion("t.c", indicator("t.c.i2", Measures.flag(PLAN))))), List.of()),
                "two criteria with one id");
    }

    @Test
    void aConditionalWrapperMayShareItsRulesId() {
        Indicator a = indicator("t.i", Measures.flag(PLAN));
        assertDoesNotThrow(() -> ruleSet(List.of(level("t.l1", Level.LEVEL_1,
                criterion("t.c", new AppliesWhen("t.i", Applicability.ALWAYS, a)))), List.of()));
    }

    @Test
    void levelsMustBeListedLowestFirstAndOnce() {
        LevelRule l1 = level("t.l1", Level.LEVEL_1, criterion("t.l1.c"));
        LevelRule l2 = level("t.l2", Level.LEVEL_2, criterion("t.l2.c"));
        LevelRule l1again = level("t.l1b", Level.LEVEL_1, criterion("t.l1b.c"));
        assertThrows(IllegalArgumentException.class, () -> ruleSet(List.of(l2, l1), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ruleSet(List.of(l1, l1again), List.of()));
        assertDoesNotThrow(() -> ruleSet(List.of(l1, l2), List.of()));
        assertDoesNotThrow(() -> ruleSet(List.of(l2), List.of()));
    }

    @Test
    void oneFactNameCannotHaveTwoKinds() {
        FactKey<FactValue.Flag> planAsCount = FactKey.flag("learners", Text.of("x", "x"));
        assertThrows(IllegalArgumentException.class, () -> ruleSet(List.of(level("t.l1", Level.LEVEL_1, criterion("t.c",
                indicator("t.i1", Measures.shareAtLeast(LEARNERS, 50)), indicator("t.i2", Measures.flag(planAsCount))))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> ruleSet(List.of(level("t.l1", Level.LEVEL_1, criterion("t.c",
                indicator("t.i1", Measures.shareAtLeast(LEARNERS, 50))))), List.of(planAsCount)), "extra facts too");
    }

    @Test
    void theFactsAreThoseOfTheMeasuresAndTheExtras() {
        assertEquals(List.of("citizens", "learners", "plan"), List.copyOf(twoLevels().facts().keySet()));
        assertEquals(List.of("t.l1.c1.i1", "t.l1.c1.i2", "t.l2.c1.i1"),
                twoLevels().indicators().stream().map(Indicator::id).toList());
    }

    // --- the dossier's fit ---

    @Test
    void aFittingDossierHasNoProblems() {
        Dossier d = dossier(1, 2).toBuilder().fact(CITIZENS, new FactValue.Count(2)).build();
        assertEquals(List.of(), twoLevels().validate(d));
    }

    @Test
    void unknownFactsAndWrongKindsAreReportedWithTheirPointers() {
        Dossier d = dossier(1, 2).toBuilder()
                .fact("zoo", Fact.of(FactValue.Flag.TRUE))
                .fact("citizens", Fact.of(FactValue.Flag.TRUE))
                .fact("a/b", Fact.of(new FactValue.Count(1)))
                .build();
        List<Problem> expected = List.of(
                Problem.at("/facts/a~1b", ProblemCode.UNKNOWN_FACT, "a/b", "t.commune"),
                Problem.at("/facts/citizens", ProblemCode.WRONG_FACT_KIND, "citizens", "count", "flag"),
                Problem.at("/facts/zoo", ProblemCode.UNKNOWN_FACT, "zoo", "t.commune"));
        assertEquals(expected, twoLevels().validate(d));
        assertEquals(expected, problems(() -> twoLevels().evaluate(d, TestDossiers.AS_OF, Interpretations.defaults())));
        assertEquals(expected, problems(() -> twoLevels().verdict(d, TestDossiers.AS_OF, Interpretations.defaults())));
    }

    @Test
    void aSubjectTheRuleSetDoesNotCoverIsAnInputError() {
        Subject district = Subject.builder(SubjectKind.DISTRICT, "VN-01-001", "Huyện A").build();
        Dossier d = Dossier.builder("t", district, TestDossiers.PERIOD).build();
        assertProblem(Problem.at("/subject/kind", ProblemCode.SUBJECT_NOT_COVERED, "district", "t.commune", COMMUNES.description()),
                () -> twoLevels().evaluate(d, TestDossiers.AS_OF, Interpretations.defaults()));
    }

    // --- the period in force ---

    @Test
    void inForceFromItsFirstDayToItsLast() {
        RuleSet open = twoLevels();
        assertFalse(open.inForceOn(FROM.minusDays(1)));
        assertTrue(open.inForceOn(FROM));
        assertTrue(open.inForceOn(LocalDate.of(2999, 1, 1)));
        LocalDate to = LocalDate.of(2025, 6, 30);
        RuleSet ended = new RuleSet("t.x", "t", Text.of("x", "x"), TestRules.DOCUMENT, FROM, Optional.of(to), COMMUNES,
                List.of(), List.of());
        assertTrue(ended.inForceOn(to));
        assertFalse(ended.inForceOn(to.plusDays(1)));
    }

    // --- the decision ---

    @Test
    void theHighestLevelMetAndEveryLevelsFinding() {
        Decision d = twoLevels().evaluate(dossier(70, 100), TestDossiers.AS_OF, Interpretations.defaults());
        assertEquals(Status.EVALUATED, d.status());
        assertEquals(Optional.of(Level.LEVEL_2), d.highestLevel());
        assertEquals(Optional.of("t.commune"), d.ruleSetId());
        assertEquals(Optional.of(FROM), d.inForceFrom());
        assertEquals(List.of(Level.LEVEL_1, Level.LEVEL_2), d.levels().stream().map(LevelResult::level).toList());
        assertTrue(d.met(Level.LEVEL_1) && d.met(Level.LEVEL_2));
        assertEquals(List.of(Interpretation.I_8), d.interpretations());
        assertEquals(3, d.indicators().size());

        Decision below = twoLevels().evaluate(dossier(69, 100), TestDossiers.AS_OF, Interpretations.defaults());
        assertEquals(Optional.of(Level.LEVEL_1), below.highestLevel());
        assertEquals(Outcome.NOT_MET, below.find("t.l2.c1.i1").orElseThrow().outcome());

        Decision none = twoLevels().evaluate(dossier(49, 100), TestDossiers.AS_OF, Interpretations.defaults());
        assertEquals(Optional.empty(), none.highestLevel());
        assertFalse(none.met(Level.LEVEL_1));
    }

    @Test
    void theInterpretationsOfTheDecisionAreThoseOfItsTree() {
        Dossier noEvidence = TestDossiers.builder("t").fact(PLAN, FactValue.Flag.TRUE)
                .fact(LEARNERS, new FactValue.Share(1, 2), TestDossiers.evidence()).build();
        Decision d = twoLevels().evaluate(noEvidence, TestDossiers.AS_OF, Interpretations.defaults());
        assertEquals(List.of(Interpretation.I_7, Interpretation.I_8), d.interpretations());
    }

    @Test
    void theVerdictIsTheDecisionsOutcomes() {
        for (Dossier dossier : List.of(dossier(70, 100), dossier(69, 100), dossier(0, 0), TestDossiers.builder("t").build())) {
            Decision decision = twoLevels().evaluate(dossier, TestDossiers.AS_OF, Interpretations.defaults());
            Verdict verdict = twoLevels().verdict(dossier, TestDossiers.AS_OF, Interpretations.defaults());
            assertEquals(new Verdict(decision.status(), decision.highestLevel(),
                    decision.levels().stream().map(LevelResult::outcome).toList()), verdict);
        }
    }
}
