package io.github.xhht.core.testing;

import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A test-only measure that reads no fact and always gives the same outcome, for exercising the algebra
 * independently of any dossier content.
 *
 * @param outcome the outcome it always gives
 */
public record ConstantMeasure(Outcome outcome) implements Measure {
    /** What every constant measure requires, for assertions on findings. */
    public static final Requirement REQUIREMENT = Requirement.text(Text.of("hằng số (kiểm thử)", "constant (test)"));

    public ConstantMeasure {
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public Requirement requirement() {
        return REQUIREMENT;
    }

    @Override
    public List<FactKey<?>> facts() {
        return List.of();
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        return new Assessment(outcome, reason(outcome), Optional.empty(), List.of(), List.of());
    }

    /** The reason a constant measure gives for each outcome. */
    public static Reason reason(Outcome outcome) {
        return switch (outcome) {
            case MET -> Reason.of(ReasonCode.SATISFIED);
            case NOT_MET -> Reason.of(ReasonCode.EXPLAINED, Text.of("hằng số: không đạt", "constant: not met"));
            case UNKNOWN -> Reason.of(ReasonCode.VALUE_ABSENT, Text.of("hằng số", "constant"));
            case NOT_APPLICABLE -> Reason.of(ReasonCode.NO_PART_APPLIES);
        };
    }
}
