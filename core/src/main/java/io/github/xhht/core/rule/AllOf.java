package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Met when every part that applies is met; see {@link Outcome#and} for the table.
 *
 * @param id    stable id
 * @param parts the parts
 */
public record AllOf(String id, List<Rule> parts) implements Rule {
    public AllOf {
        Objects.requireNonNull(id, "id");
        parts = List.copyOf(parts);
    }

    /** Met when every part is met. */
    public static AllOf of(Rule... parts) {
        List<Rule> list = List.of(parts);
        return new AllOf(Combination.derivedId("allOf", list), list);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.ALL_OF;
    }

    @Override
    public Text label() {
        return Text.of("Tất cả các điều kiện", "All of the conditions");
    }

    @Override
    public Optional<Citation> citation() {
        return Optional.empty();
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(Requirement.Code.ALL_OF);
    }

    @Override
    public List<Rule> children() {
        return parts;
    }

    @Override
    public Outcome test(EvaluationContext context) {
        return Combination.testAll(parts, context);
    }

    @Override
    public Finding explain(EvaluationContext context) {
        List<Finding> children = Combination.explainEach(parts, context);
        Outcome outcome = Combination.all(children);
        return new Finding(id, kind(), Optional.empty(), label(), outcome, Combination.allReason(outcome, children),
                Optional.empty(), requirement(), List.of(), List.of(), children);
    }
}
