package io.github.xhht.core.rule;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Met when at least {@code k} parts are met. Parts that do not apply are left out. NOT_MET when even
 * the unknown parts could not bring the count to {@code k}; UNKNOWN when they could; NOT_APPLICABLE
 * when no part applies. {@code atLeast(1, ...)} equals {@link AnyOf}, and {@code atLeast(n, n parts)}
 * equals {@link AllOf} whenever every part applies.
 *
 * @param id    stable id
 * @param k     how many parts must be met, at least 1
 * @param parts the parts
 */
public record AtLeast(String id, int k, List<Rule> parts) implements Rule {
    public AtLeast {
        Objects.requireNonNull(id, "id");
        parts = List.copyOf(parts);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
    }

    /** Met when at least {@code k} of the parts are met. */
    public static AtLeast of(int k, Rule... parts) {
        List<Rule> list = List.of(parts);
        return new AtLeast(Combination.derivedId("atLeast" + k, list), k, list);
    }

    @Override
    public NodeKind kind() {
        return NodeKind.AT_LEAST;
    }

    @Override
    public Text label() {
        return Text.of("Ít nhất " + k + " điều kiện", "At least " + k + " of the conditions");
    }

    @Override
    public Optional<Citation> citation() {
        return Optional.empty();
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(Requirement.Code.AT_LEAST_K_OF, k);
    }

    @Override
    public List<Rule> children() {
        return parts;
    }

    @Override
    public Outcome test(EvaluationContext context) {
        List<Outcome> outcomes = new ArrayList<>(parts.size());
        for (Rule part : parts) {
            outcomes.add(part.test(context));
        }
        return combine(outcomes);
    }

    @Override
    public Finding explain(EvaluationContext context) {
        List<Finding> children = Combination.explainEach(parts, context);
        List<Outcome> outcomes = children.stream().map(Finding::outcome).toList();
        Outcome outcome = combine(outcomes);
        long met = outcomes.stream().filter(o -> o == Outcome.MET).count();
        long unknown = outcomes.stream().filter(o -> o == Outcome.UNKNOWN).count();
        Reason reason = switch (outcome) {
            case MET -> Reason.of(ReasonCode.ENOUGH_PARTS_MET, met, (long) k);
            case NOT_MET -> Reason.of(ReasonCode.TOO_FEW_PARTS_MET, met, (long) k);
            case UNKNOWN -> Reason.of(ReasonCode.TOO_FEW_KNOWN, met, unknown, (long) k);
            case NOT_APPLICABLE -> Reason.of(ReasonCode.NO_PART_APPLIES);
        };
        return new Finding(id, kind(), Optional.empty(), label(), outcome, reason, Optional.empty(), requirement(),
                List.of(), List.of(), children);
    }

    private Outcome combine(List<Outcome> outcomes) {
        int met = 0;
        int unknown = 0;
        int applicable = 0;
        for (Outcome o : outcomes) {
            if (o == Outcome.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            if (o == Outcome.MET) {
                met++;
            } else if (o == Outcome.UNKNOWN) {
                unknown++;
            }
        }
        if (applicable == 0) {
            return Outcome.NOT_APPLICABLE;
        }
        if (met >= k) {
            return Outcome.MET;
        }
        return met + unknown >= k ? Outcome.UNKNOWN : Outcome.NOT_MET;
    }
}
