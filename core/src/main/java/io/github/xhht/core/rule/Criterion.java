package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion ("tiêu chí"): met when all of its parts that apply are met (TT 24 Art. 8/14, TT 25 Art.
 * 8/13/18: "a criterion is met when all its indicators are met").
 *
 * @param id    stable id, e.g. {@code tt25.commune.l1.c5}
 * @param cite  the clause that defines it
 * @param label its name
 * @param parts its indicators (or other rules)
 */
public record Criterion(String id, Citation cite, Text label, List<Rule> parts) implements Rule {
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(label, "label");
        parts = List.copyOf(parts);
    }

    /** A criterion (tiêu chí) made of its indicators, cited to the law. */
    public static Criterion of(String id, Citation citation, Text label, Rule... parts) {
        return new Criterion(id, citation, label, List.of(parts));
    }

    @Override
    public NodeKind kind() {
        return NodeKind.CRITERION;
    }

    @Override
    public Optional<Citation> citation() {
        return Optional.of(cite);
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
        return new Finding(id, NodeKind.CRITERION, Optional.of(cite), label, outcome,
                Combination.allReason(outcome, children), Optional.empty(), requirement(), List.of(), List.of(), children);
    }
}
