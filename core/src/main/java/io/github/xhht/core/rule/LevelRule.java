package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import io.github.xhht.core.model.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule of one recognition level: met when all of its criteria are met (TT 25 Art. 8(1), 13(1),
 * 18(1); TT 24 Art. 8, 9, 14, 15).
 *
 * @param id       stable id, e.g. {@code tt25.commune.l1}
 * @param level    the level
 * @param cite     the article that lists the criteria
 * @param label    its name
 * @param criteria the criteria
 */
public record LevelRule(String id, Level level, Citation cite, Text label, List<Rule> criteria) implements Rule {
    public LevelRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(label, "label");
        criteria = List.copyOf(criteria);
    }

    /** The rule of a level, made of its criteria, cited to the law. */
    public static LevelRule of(String id, Level level, Citation citation, Text label, Rule... criteria) {
        return new LevelRule(id, level, citation, label, List.of(criteria));
    }

    @Override
    public NodeKind kind() {
        return NodeKind.LEVEL;
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
        return criteria;
    }

    @Override
    public Outcome test(EvaluationContext context) {
        return Combination.testAll(criteria, context);
    }

    @Override
    public Finding explain(EvaluationContext context) {
        List<Finding> children = Combination.explainEach(criteria, context);
        Outcome outcome = Combination.all(children);
        return new Finding(id, NodeKind.LEVEL, Optional.of(cite), label, outcome,
                Combination.allReason(outcome, children), Optional.empty(), requirement(), List.of(), List.of(), children);
    }
}
