package io.github.xhht.awards.citizen;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.Problem;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.FactKey;
import io.github.xhht.core.model.FactValue;
import io.github.xhht.core.rule.Assessment;
import io.github.xhht.core.rule.EvaluationContext;
import io.github.xhht.core.rule.Measure;
import io.github.xhht.core.rule.Outcome;
import io.github.xhht.core.rule.Reason;
import io.github.xhht.core.rule.ReasonCode;
import io.github.xhht.core.rule.Requirement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator's score at or above 5 points, in core's order: absent → UNKNOWN; outside 0..max → input
 * error; below 5 → NOT_MET; no evidence → NOT_MET (I-7); else MET.
 *
 * @param indicator the indicator of the form
 */
record ScoreMeasure(ScoredIndicator indicator) implements Measure {

    ScoreMeasure {
        Objects.requireNonNull(indicator, "indicator");
    }

    FactKey<FactValue.Amount> key() {
        return FactKey.amount(indicator.factName(), indicator.label());
    }

    @Override
    public Requirement requirement() {
        return Requirement.text(Text.of(
                "từ " + LearningCitizenCriteria.MIN_PER_INDICATOR + " điểm trở lên (tối đa " + indicator.maxPoints().toPlainString() + ")",
                "at least " + LearningCitizenCriteria.MIN_PER_INDICATOR + " points (of " + indicator.maxPoints().toPlainString() + ")"));
    }

    @Override
    public List<FactKey<?>> facts() {
        return List.of(key());
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        FactKey<FactValue.Amount> key = key();
        Fact fact = context.factOrNull(key);
        if (fact == null) {
            return new Assessment(Outcome.UNKNOWN, Reason.of(ReasonCode.VALUE_ABSENT, key.label()), Optional.empty(),
                    List.of(), List.of());
        }
        FactValue.Amount amount = (FactValue.Amount) fact.value();
        BigDecimal score = amount.value();
        List<Problem> problems = new ArrayList<>();
        LearningCitizen.checkRange(indicator, score, "/facts/" + Problem.token(key.name()) + "/amount", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (score.compareTo(BigDecimal.valueOf(LearningCitizenCriteria.MIN_PER_INDICATOR)) < 0) {
            return new Assessment(Outcome.NOT_MET,
                    Reason.of(ReasonCode.EXPLAINED, LearningCitizen.belowMinimum(indicator, score).text()),
                    Optional.of(amount), fact.evidence(), List.of());
        }
        if (!fact.hasEvidence() && context.interpretations().evidenceRequired()) {
            return new Assessment(Outcome.NOT_MET, Reason.of(ReasonCode.NO_EVIDENCE), Optional.of(amount), List.of(),
                    List.of(Interpretation.I_7));
        }
        return new Assessment(Outcome.MET, Reason.of(ReasonCode.SATISFIED), Optional.of(amount), fact.evidence(), List.of());
    }
}
