package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Met when at least one part is met; see {@link Outcome#or} for the table.
 *
 * @param id    stable id
 * @param parts the parts
 */
public record AnyOf(String id, List<Rule> parts) implements Rule {
    public AnyOf {
        Objects.requireNonNull(id, "id");
        parts = List.copyOf(parts);
    }

    /** Met when any part is met. */
    public static AnyOf of(Rule... parts) {
        List<Rule> list = List.of(parts);
        return new AnyOf(Combination.derivedId("anyOf", list), list);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.ANY_OF;
    }

    @Override
    public Text label() {
        return Text.of("Một trong các điều kiện", "Any of the conditions");
    }

    @Override
    public Optional<Citation> citation() {
        return Optional.empty();
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(Requirement.Code.ANY_OF);
    }

    @Override
    public List<Rule> children() {
        return parts;
    }

    @Override
    public Outcome test(EvaluationContext context) {
        return Combination.testAny(parts, context);
    }

    @Override
    public Finding explain(EvaluationContext context) {
        List<Finding> children = Combination.explainEach(parts, context);
        Outcome outcome = Combination.any(children);
        return new Finding(id, kind(), Optional.empty(), label(), outcome, Combination.anyReason(outcome, children),
                Optional.empty(), requirement(), List.of(), List.of(), children);
    }
}
