package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The negation of a rule: MET and NOT_MET swap, UNKNOWN and NOT_APPLICABLE stay ({@link Outcome#not}).
 * Used for bars such as "no pending discipline".
 *
 * @param id   stable id
 * @param rule the negated rule
 */
public record Not(String id, Rule rule) implements Rule {
    public Not {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
    }

    /** The negation of the rule (UNKNOWN and NOT_APPLICABLE stay as they are). */
    public static Not of(Rule rule) {
        return new Not("not(" + rule.id() + ")", rule);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.NOT;
    }

    @Override
    public Text label() {
        return Text.of("Không: " + rule.label().vi(), "Not: " + rule.label().en());
    }

    @Override
    public Optional<Citation> citation() {
        return Optional.empty();
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(Requirement.Code.NOT);
    }

    @Override
    public List<Rule> children() {
        return List.of(rule);
    }

    @Override
    public Outcome test(EvaluationContext context) {
        return rule.test(context).not();
    }

    @Override
    public Finding explain(EvaluationContext context) {
        Finding inner = rule.explain(context);
        Outcome outcome = inner.outcome().not();
        Reason reason = outcome == inner.outcome() ? inner.reason() : Reason.of(ReasonCode.NEGATED);
        return new Finding(id, kind(), Optional.empty(), label(), outcome, reason, Optional.empty(), requirement(),
                List.of(), List.of(), List.of(inner));
    }
}
