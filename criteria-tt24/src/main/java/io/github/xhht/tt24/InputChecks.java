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
 * The checks of a whole dossier, made before its first indicator. (1) Art. 2(7): every share of members
 * counts out of the same whole, all members of the unit; member shares with different denominators are an
 * input error naming each one that differs from the first. (2) The digital-transformation level is coded
 * 0, 1 or 2 ({@link Tt24Facts#DIGITAL_TRANSFORMATION_LEVEL}); any other level is an input error, even for a
 * unit the indicator does not apply to. The checks wrap the first indicator of each level (Art. 6(1)(a),
 * which applies to every unit and is judged first on both the explanation and the verdict path), so both
 * paths reject the same dossiers whatever the other outcomes.
 */
final class InputChecks implements Measure {
    private final Measure first;

    InputChecks(Measure first) {
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
        check(context);
        return first.test(context);
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        check(context);
        return first.assess(context);
    }

    private static void check(EvaluationContext context) {
        requireOneWhole(context);
        requireDigitalScale(context);
    }

    /** Checks that a digital-transformation level, if given, is one of the coded levels 0, 1, 2. */
    static void requireDigitalScale(EvaluationContext context) {
        Fact fact = context.factOrNull(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL);
        if (fact == null) {
            return;
        }
        int level = ((FactValue.LevelValue) fact.value()).level();
        if (level > Tt24Facts.DIGITAL_GOOD) {
            throw InvalidInputException.at("/facts/" + Problem.token(Tt24Facts.DIGITAL_TRANSFORMATION_LEVEL.name()) + "/level",
                    ProblemCode.OUT_OF_RANGE, level, 0, Tt24Facts.DIGITAL_GOOD);
        }
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
