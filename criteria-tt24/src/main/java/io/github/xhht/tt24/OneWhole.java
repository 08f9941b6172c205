package io.github.xhht.tt24;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.error.ProblemCode;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Requirement;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 2(7): every share of members counts out of the same whole, all members of the unit. A dossier
 * whose member shares give different denominators is an input error naming each one that differs from
 * the first. The check wraps the first indicator of each level (Art. 6(1)(a), which applies to every
 * unit and is judged first on both the explanation and the verdict path), so both paths reject the same
 * dossiers whatever the other outcomes.
 */
final class OneWhole implements Measure {
    private final Measure first;

    OneWhole(Measure first) {
        this.first = first;
    }

    @Override
    public Requirement requirement() {
        return first.requirement();
    }

    @Override
    public List<FactKey<?>> facts() {
        return first.facts();
    }

    @Override
    public Outcome test(EvaluationContext context) {
        requireOneWhole(context);
        return first.test(context);
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        requireOneWhole(context);
        return first.assess(context);
    }

    /** Checks that the member shares present in the dossier share one denominator (Art. 2(7)). */
    static void requireOneWhole(EvaluationContext context) {
        long whole = -1;
        String firstName = null;
        List<Problem> problems = new ArrayList<>();
        for (FactKey<FactValue.Share> key : Tt24Facts.MEMBER_SHARES) {
            Fact fact = context.factOrNull(key);
            if (fact == null) {
                continue;
            }
            long of = ((FactValue.Share) fact.value()).of();
            if (firstName == null) {
                whole = of;
                firstName = key.name();
            } else if (of != whole) {
                problems.add(Problem.at("/facts/" + Problem.token(key.name()) + "/of", ProblemCode.DENOMINATOR_MISMATCH,
                        of, firstName, whole));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
