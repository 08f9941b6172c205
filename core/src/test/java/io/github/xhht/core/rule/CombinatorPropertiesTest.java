package io.github.xhht.core.rule;

import static io.github.xhht.core.rule.OutcomePropertiesTest.rank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.testing.TestDossiers;
import io.github.xhht.core.testing.TestRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of {@link Outcome} lifted to the combinators, over generated trees of constant leaves. Every
 * outcome is read through both paths (test and explain), which must agree.
 */
@PropertyDefaults(edgeCases = EdgeCasesMode.NONE) // edge cases of trees are only the constant leaves, which random trees hit anyway
class CombinatorPropertiesTest {
    private static final EvaluationContext CONTEXT = TestDossiers.context();
    private static final Rule NA = TestRules.leaf(Outcome.NOT_APPLICABLE);

    @Provide
    Arbitrary<Rule> trees() {
        return RuleTrees.trees();
    }

    @Provide
    Arbitrary<Rule> positiveTrees() {
        return RuleTrees.positiveTrees();
    }

    @Provide
    Arbitrary<List<Rule>> forests() {
        return RuleTrees.lists(RuleTrees.trees());
    }

    /** The outcome of a rule, after checking that the verdict path and the explanation path agree. */
    static Outcome outcome(Rule rule) {
        Outcome tested = rule.test(CONTEXT);
        assertEquals(tested, rule.explain(CONTEXT).outcome(), () -> "test and explain disagree on " + rule.id());
        return tested;
    }

    private static Rule[] array(List<Rule> rules) {
        return rules.toArray(Rule[]::new);
    }

    // --- the folds: each combinator is the Outcome operation over its parts ---

    private static Outcome fold(List<Rule> parts, BinaryOperator<Outcome> operator) {
        Outcome result = Outcome.NOT_APPLICABLE;
        for (Rule part : parts) {
            result = operator.apply(result, outcome(part));
        }
        return result;
    }

    @Property
    void allOfIsTheConjunctionAndAnyOfTheDisjunctionOfTheirParts(@ForAll("forests") List<Rule> parts) {
        assertEquals(fold(parts, Outcome::and), outcome(AllOf.of(array(parts))));
        assertEquals(fold(parts, Outcome::or), outcome(AnyOf.of(array(parts))));
    }

    @Property
    void notNegatesItsPart(@ForAll("trees") Rule a) {
        assertEquals(outcome(a).not(), outcome(Not.of(a)));
    }

    @Property
    void atLeastCountsMetAndUnknownParts(@ForAll("forests") List<Rule> parts, @ForAll @IntRange(min = 1, max = 5) int k) {
        List<Outcome> outcomes = parts.stream().map(CombinatorPropertiesTest::outcome).toList();
        long applicable = outcomes.stream().filter(o -> o != Outcome.NOT_APPLICABLE).count();
        long met = Collections.frequency(outcomes, Outcome.MET);
        long unknown = Collections.frequency(outcomes, Outcome.UNKNOWN);
        Outcome expected = applicable == 0 ? Outcome.NOT_APPLICABLE
                : met >= k ? Outcome.MET
                : met + unknown >= k ? Outcome.UNKNOWN
                : Outcome.NOT_MET;
        assertEquals(expected, outcome(AtLeast.of(k, array(parts))));
    }

    @Property
    void appliesWhenIsTheRuleOrNotApplicable(@ForAll("trees") Rule a) {
        assertEquals(outcome(a), outcome(RuleTrees.appliesWhen(true, a)));
        assertEquals(Outcome.NOT_APPLICABLE, outcome(RuleTrees.appliesWhen(false, a)));
    }

    // --- commutativity ---

    @Property
    void combinatorsIgnoreTheOrderOfParts(@ForAll("forests") List<Rule> parts, @ForAll long seed,
                                          @ForAll @IntRange(min = 1, max = 5) int k) {
        List<Rule> shuffled = new ArrayList<>(parts);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(outcome(AllOf.of(array(parts))), outcome(AllOf.of(array(shuffled))));
        assertEquals(outcome(AnyOf.of(array(parts))), outcome(AnyOf.of(array(shuffled))));
        assertEquals(outcome(AtLeast.of(k, array(parts))), outcome(AtLeast.of(k, array(shuffled))));
    }

    // --- associativity ---

    @Property
    void allOfIsAssociative(@ForAll("trees") Rule a, @ForAll("trees") Rule b, @ForAll("trees") Rule c) {
        Outcome flat = outcome(AllOf.of(a, b, c));
        assertEquals(flat, outcome(AllOf.of(AllOf.of(a, b), c)));
        assertEquals(flat, outcome(AllOf.of(a, AllOf.of(b, c))));
    }

    @Property
    void anyOfIsAssociative(@ForAll("trees") Rule a, @ForAll("trees") Rule b, @ForAll("trees") Rule c) {
        Outcome flat = outcome(AnyOf.of(a, b, c));
        assertEquals(flat, outcome(AnyOf.of(AnyOf.of(a, b), c)));
        assertEquals(flat, outcome(AnyOf.of(a, AnyOf.of(b, c))));
    }

    // --- idempotence and identity ---

    @Property
    void allOfAndAnyOfAreIdempotent(@ForAll("trees") Rule a) {
        assertEquals(outcome(a), outcome(AllOf.of(a, a)));
        assertEquals(outcome(a), outcome(AnyOf.of(a, a)));
        assertEquals(outcome(a), outcome(AllOf.of(a)));
        assertEquals(outcome(a), outcome(AnyOf.of(a)));
    }

    @Property
    void notApplicablePartsChangeNothing(@ForAll("forests") List<Rule> parts, @ForAll @IntRange(min = 0, max = 4) int at,
                                         @ForAll @IntRange(min = 1, max = 5) int k) {
        List<Rule> with = new ArrayList<>(parts);
        with.add(Math.min(at, with.size()), NA);
        assertEquals(outcome(AllOf.of(array(parts))), outcome(AllOf.of(array(with))));
        assertEquals(outcome(AnyOf.of(array(parts))), outcome(AnyOf.of(array(with))));
        assertEquals(outcome(AtLeast.of(k, array(parts))), outcome(AtLeast.of(k, array(with))));
    }

    @Property
    void emptyOrAllInapplicableCombinatorsAreNotApplicable(@ForAll @IntRange(min = 0, max = 3) int n,
                                                          @ForAll @IntRange(min = 1, max = 3) int k) {
        Rule[] parts = Collections.nCopies(n, NA).toArray(Rule[]::new);
        assertEquals(Outcome.NOT_APPLICABLE, outcome(AllOf.of(parts)));
        assertEquals(Outcome.NOT_APPLICABLE, outcome(AnyOf.of(parts)));
        assertEquals(Outcome.NOT_APPLICABLE, outcome(AtLeast.of(k, parts)));
    }

    // --- negation ---

    @Property
    void deMorganForAllOf(@ForAll("forests") List<Rule> parts) {
        Rule[] negated = parts.stream().map(Not::of).toArray(Rule[]::new);
        assertEquals(outcome(Not.of(AllOf.of(array(parts)))), outcome(AnyOf.of(negated)));
    }

    @Property
    void deMorganForAnyOf(@ForAll("forests") List<Rule> parts) {
        Rule[] negated = parts.stream().map(Not::of).toArray(Rule[]::new);
        assertEquals(outcome(Not.of(AnyOf.of(array(parts)))), outcome(AllOf.of(negated)));
    }

    @Property
    void doubleNegation(@ForAll("trees") Rule a) {
        assertEquals(outcome(a), outcome(Not.of(Not.of(a))));
    }

    // --- monotonicity ---

    @Property
    void raisingALeafNeverLowersATreeWithoutNot(@ForAll("positiveTrees") Rule tree, @ForAll long seed) {
        Random random = new Random(seed);
        Rule raised = RuleTrees.mapLeaves(tree, o -> raise(o, random));
        Outcome before = outcome(tree);
        Outcome after = outcome(raised);
        // raising never turns an applicable outcome into NOT_APPLICABLE or back
        assertEquals(before == Outcome.NOT_APPLICABLE, after == Outcome.NOT_APPLICABLE);
        if (before != Outcome.NOT_APPLICABLE) {
            assertTrue(rank(before) <= rank(after), () -> before + " then " + after + " for " + tree.id());
        }
    }

    @Property
    void raisingALeafUnderNotNeverRaisesTheNegation(@ForAll("positiveTrees") Rule tree, @ForAll long seed) {
        Random random = new Random(seed);
        Outcome before = outcome(Not.of(tree));
        Outcome after = outcome(Not.of(RuleTrees.mapLeaves(tree, o -> raise(o, random))));
        if (before != Outcome.NOT_APPLICABLE) {
            assertTrue(rank(before) >= rank(after));
        }
    }

    private static Outcome raise(Outcome o, Random random) {
        if (o == Outcome.NOT_APPLICABLE || o == Outcome.MET || random.nextBoolean()) {
            return o;
        }
        return o == Outcome.NOT_MET && random.nextBoolean() ? Outcome.UNKNOWN : Outcome.MET;
    }

    // --- AtLeast as AnyOf and AllOf ---

    @Property
    void atLeastOneIsAnyOf(@ForAll("forests") List<Rule> parts) {
        assertEquals(outcome(AnyOf.of(array(parts))), outcome(AtLeast.of(1, array(parts))));
    }

    @Property
    void atLeastAllApplicablePartsIsAllOf(@ForAll("forests") List<Rule> parts) {
        int applicable = (int) parts.stream().filter(p -> outcome(p) != Outcome.NOT_APPLICABLE).count();
        Assume.that(applicable > 0);
        assertEquals(outcome(AllOf.of(array(parts))), outcome(AtLeast.of(applicable, array(parts))));
    }

    @Property
    void atLeastNOfNIsAllOfWhenEveryPartApplies(@ForAll("forests") List<Rule> parts) {
        Assume.that(!parts.isEmpty() && parts.stream().allMatch(p -> outcome(p) != Outcome.NOT_APPLICABLE));
        assertEquals(outcome(AllOf.of(array(parts))), outcome(AtLeast.of(parts.size(), array(parts))));
    }

    @Property
    void atLeastIsMonotoneInK(@ForAll("forests") List<Rule> parts, @ForAll @IntRange(min = 1, max = 4) int k) {
        Outcome easier = outcome(AtLeast.of(k, array(parts)));
        Outcome harder = outcome(AtLeast.of(k + 1, array(parts)));
        if (easier != Outcome.NOT_APPLICABLE) {
            assertTrue(rank(harder) <= rank(easier));
        }
    }

    // --- the explanation is the verdict, node by node ---

    @Property
    void explainAndTestAgreeOnEveryNode(@ForAll("trees") Rule tree) {
        assertAgree(tree, tree.explain(CONTEXT));
    }

    private static void assertAgree(Rule rule, Finding finding) {
        assertEquals(rule.id(), finding.id());
        assertEquals(rule.kind(), finding.kind());
        assertEquals(rule.label(), finding.label());
        assertEquals(rule.citation(), finding.citation());
        assertEquals(rule.requirement(), finding.requirement());
        assertEquals(rule.test(CONTEXT), finding.outcome(), () -> "at " + rule.id());
        if (rule instanceof AppliesWhen && finding.outcome() == Outcome.NOT_APPLICABLE && finding.children().isEmpty()) {
            return; // the condition failed: the inner rule was not looked at
        }
        assertEquals(rule.children().size(), finding.children().size(), () -> "children of " + rule.id());
        for (int i = 0; i < rule.children().size(); i++) {
            assertAgree(rule.children().get(i), finding.children().get(i));
        }
    }

    @Property
    void everyFindingGivesTheReasonItsKindDocuments(@ForAll("trees") Rule tree) {
        tree.explain(CONTEXT).stream().forEach(CombinatorPropertiesTest::assertReason);
    }

    private static void assertReason(Finding f) {
        List<Finding> children = f.children();
        Reason reason = f.reason();
        switch (f.kind()) {
            case ALL_OF, CRITERION, LEVEL -> {
                switch (f.outcome()) {
                    case MET -> assertEquals(Reason.of(ReasonCode.ALL_PARTS_MET), reason);
                    case NOT_MET -> assertEquals(Reason.of(ReasonCode.PARTS_NOT_MET, ids(children, Outcome.NOT_MET)), reason);
                    case UNKNOWN -> assertEquals(Reason.of(ReasonCode.PARTS_UNKNOWN, ids(children, Outcome.UNKNOWN)), reason);
                    case NOT_APPLICABLE -> assertEquals(Reason.of(ReasonCode.NO_PART_APPLIES), reason);
                }
            }
            case ANY_OF -> {
                switch (f.outcome()) {
                    case MET -> {
                        assertEquals(ReasonCode.ONE_PART_MET, reason.code());
                        Set<String> named = Arrays.stream(((String) reason.args().get(0)).split(", ")).collect(Collectors.toSet());
                        Set<String> met = children.stream().filter(c -> c.outcome() == Outcome.MET).map(Finding::id)
                                .collect(Collectors.toSet());
                        assertTrue(!named.isEmpty() && met.containsAll(named), () -> named + " not all met in " + met);
                    }
                    case NOT_MET -> assertEquals(Reason.of(ReasonCode.PARTS_NOT_MET, ids(children, Outcome.NOT_MET)), reason);
                    case UNKNOWN -> assertEquals(Reason.of(ReasonCode.PARTS_UNKNOWN, ids(children, Outcome.UNKNOWN)), reason);
                    case NOT_APPLICABLE -> assertEquals(Reason.of(ReasonCode.NO_PART_APPLIES), reason);
                }
            }
            case AT_LEAST -> {
                long k = ((Number) f.requirement().args().get(0)).longValue();
                long met = children.stream().filter(c -> c.outcome() == Outcome.MET).count();
                long unknown = children.stream().filter(c -> c.outcome() == Outcome.UNKNOWN).count();
                switch (f.outcome()) {
                    case MET -> assertEquals(Reason.of(ReasonCode.ENOUGH_PARTS_MET, met, k), reason);
                    case NOT_MET -> assertEquals(Reason.of(ReasonCode.TOO_FEW_PARTS_MET, met, k), reason);
                    case UNKNOWN -> assertEquals(Reason.of(ReasonCode.TOO_FEW_KNOWN, met, unknown, k), reason);
                    case NOT_APPLICABLE -> assertEquals(Reason.of(ReasonCode.NO_PART_APPLIES), reason);
                }
            }
            case NOT -> {
                Finding inner = children.get(0);
                Reason expected = inner.outcome() == Outcome.MET || inner.outcome() == Outcome.NOT_MET
                        ? Reason.of(ReasonCode.NEGATED) : inner.reason();
                assertEquals(expected, reason);
            }
            case APPLIES_WHEN -> {
                if (children.isEmpty()) {
                    assertEquals(Outcome.NOT_APPLICABLE, f.outcome());
                    assertEquals(Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, TestRules.NEVER.description()), reason);
                    assertEquals(List.of(Interpretation.I_6), f.interpretations());
                } else {
                    assertEquals(children.get(0).reason(), reason);
                    assertEquals(children.get(0).outcome(), f.outcome());
                }
            }
            case INDICATOR -> {
                Outcome o = f.outcome();
                if (o == Outcome.NOT_APPLICABLE) {
                    assertEquals(Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, TestRules.NEVER.description()), reason);
                    assertEquals(List.of(Interpretation.I_6), f.interpretations());
                } else {
                    assertEquals(io.github.xhht.core.testing.ConstantMeasure.reason(o), reason);
                }
            }
        }
    }

    private static String ids(List<Finding> children, Outcome outcome) {
        return children.stream().filter(c -> c.outcome() == outcome).map(Finding::id).collect(Collectors.joining(", "));
    }
}
