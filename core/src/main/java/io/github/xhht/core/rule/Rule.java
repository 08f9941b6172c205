package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A node of the predicate algebra: an {@link Indicator} (leaf), a named {@link Criterion} or
 * {@link LevelRule} (all of their parts), or a combinator ({@link AllOf}, {@link AnyOf}, {@link AtLeast},
 * {@link Not}, {@link AppliesWhen}). Rules are immutable values and hold no per-call state; one rule may
 * be evaluated from any number of threads.
 */
public sealed interface Rule permits Indicator, Criterion, LevelRule, AllOf, AnyOf, AtLeast, Not, AppliesWhen {

    /** A stable id, unique within a rule set. */
    String id();

    /** The kind of node (indicator, criterion, level, combinator). */
    NodeKind kind();

    /** The label in vi and en. */
    Text label();

    /** The article this rule implements, if it has one of its own. */
    Optional<Citation> citation();

    /** What the rule requires, for explanations. */
    Requirement requirement();

    /** The direct sub-rules, empty for an indicator. */
    List<Rule> children();

    /** The outcome alone, without building the explanation. */
    Outcome test(EvaluationContext context);

    /** The outcome with its full explanation tree. */
    Finding explain(EvaluationContext context);

    /** This rule and every rule below it, depth first. */
    default Stream<Rule> stream() {
        return Stream.concat(Stream.of(this), children().stream().flatMap(Rule::stream));
    }

    /** The indicators at or below this rule, in order. */
    default List<Indicator> indicators() {
        return stream().filter(Indicator.class::isInstance).map(Indicator.class::cast).toList();
    }
}
