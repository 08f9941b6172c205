package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.law.Interpretation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that applies only to subjects satisfying a condition; NOT_APPLICABLE for the others (I-6).
 *
 * @param id        stable id
 * @param condition to whom the rule applies
 * @param rule      the rule
 */
public record AppliesWhen(String id, Applicability condition, Rule rule) implements Rule {
    public AppliesWhen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(rule, "rule");
    }

    /** The rule, or NOT_APPLICABLE for subjects the condition excludes. */
    public static AppliesWhen of(Applicability condition, Rule rule) {
        return new AppliesWhen("when(" + rule.id() + ")", condition, rule);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.APPLIES_WHEN;
    }

    @Override
    public Text label() {
        return Text.of("Áp dụng khi: " + condition.description().vi(), "Applies when: " + condition.description().en());
    }

    @Override
    public Optional<Citation> citation() {
        return Optional.empty();
    }

    @Override
    public Requirement requirement() {
        return rule.requirement();
    }

    @Override
    public List<Rule> children() {
        return List.of(rule);
    }

    @Override
    public Outcome test(EvaluationContext context) {
        return condition.appliesTo(context.dossier().subject()) ? rule.test(context) : Outcome.NOT_APPLICABLE;
    }

    @Override
    public Finding explain(EvaluationContext context) {
        if (!condition.appliesTo(context.dossier().subject())) {
            return new Finding(id, kind(), Optional.empty(), label(), Outcome.NOT_APPLICABLE,
                    Reason.of(ReasonCode.NOT_APPLICABLE_TO_SUBJECT, condition.description()), Optional.empty(),
                    requirement(), List.of(), List.of(Interpretation.I_6), List.of());
        }
        Finding inner = rule.explain(context);
        return new Finding(id, kind(), Optional.empty(), label(), inner.outcome(), inner.reason(), Optional.empty(),
                requirement(), List.of(), List.of(), List.of(inner));
    }
}
