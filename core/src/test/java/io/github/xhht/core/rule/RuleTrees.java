package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.testing.TestRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of rule trees over constant-outcome leaves, and a way to rewrite their leaves. */
final class RuleTrees {
    private RuleTrees() {
    }

    static Arbitrary<Rule> leaves() {
        return Arbitraries.of(Outcome.class).map(TestRules::leaf);
    }

    /** Trees of every combinator, up to depth 3 and 3 parts per node. */
    static Arbitrary<Rule> trees() {
        return Arbitraries.recursive(RuleTrees::leaves, inner -> combinators(inner, true), 0, 3);
    }

    /** Trees without {@link Not}, over which outcomes are monotone in their leaves. */
    static Arbitrary<Rule> positiveTrees() {
        return Arbitraries.recursive(RuleTrees::leaves, inner -> combinators(inner, false), 0, 3);
    }

    static Arbitrary<List<Rule>> lists(Arbitrary<Rule> rules) {
        return rules.list().ofMaxSize(4);
    }

    private static Arbitrary<Rule> combinators(Arbitrary<Rule> inner, boolean withNot) {
        Arbitrary<List<Rule>> parts = inner.list().ofMaxSize(3);
        List<Arbitrary<? extends Rule>> choices = new ArrayList<>();
        choices.add(parts.map(p -> AllOf.of(p.toArray(Rule[]::new))));
        choices.add(parts.map(p -> AnyOf.of(p.toArray(Rule[]::new))));
        choices.add(Combinators.combine(Arbitraries.integers().between(1, 4), parts)
                .as((k, p) -> AtLeast.of(k, p.toArray(Rule[]::new))));
        choices.add(Combinators.combine(Arbitraries.of(true, false), inner).as(RuleTrees::appliesWhen));
        choices.add(parts.map(p -> new Criterion("criterion", TestRules.CITATION, Text.of("tiêu chí", "criterion"), p)));
        if (withNot) {
            choices.add(inner.map(Not::of));
        }
        return Arbitraries.oneOf(choices);
    }

    static AppliesWhen appliesWhen(boolean applies, Rule rule) {
        return AppliesWhen.of(applies ? Applicability.ALWAYS : TestRules.NEVER, rule);
    }

    /** The same tree with each constant leaf's outcome replaced by {@code change}, applied in order. */
    static Rule mapLeaves(Rule rule, UnaryOperator<Outcome> change) {
        if (rule instanceof Indicator leaf) {
            return TestRules.leaf(leaf.id(), change.apply(TestRules.constantOutcome(leaf).orElseThrow()));
        }
        if (rule instanceof AllOf all) {
            return new AllOf(all.id(), mapEach(all.parts(), change));
        }
        if (rule instanceof AnyOf any) {
            return new AnyOf(any.id(), mapEach(any.parts(), change));
        }
        if (rule instanceof AtLeast atLeast) {
            return new AtLeast(atLeast.id(), atLeast.k(), mapEach(atLeast.parts(), change));
        }
        if (rule instanceof Not not) {
            return new Not(not.id(), mapLeaves(not.rule(), change));
        }
        if (rule instanceof AppliesWhen when) {
            return new AppliesWhen(when.id(), when.condition(), mapLeaves(when.rule(), change));
        }
        if (rule instanceof Criterion criterion) {
            return new Criterion(criterion.id(), criterion.cite(), criterion.label(), mapEach(criterion.parts(), change));
        }
        throw new IllegalArgumentException("not generated here: " + rule);
    }

    private static List<Rule> mapEach(List<Rule> parts, UnaryOperator<Outcome> change) {
        List<Rule> out = new ArrayList<>(parts.size());
        for (Rule part : parts) {
            out.add(mapLeaves(part, change));
        }
        return out;
    }
}
