package io.github.xhht.awards.citizen;

import io.github.xhht.core.i18n.Text;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The total of a form's scores at or above 80 of 100, judged by {@link LearningCitizen#total}; also checks
 * that the dossier covers one calendar year. Evidence is judged on each score, not on the total.
 *
 * @param frame the group's form
 */
record TotalMeasure(ScoringFrame frame) implements Measure {

    TotalMeasure {
        Objects.requireNonNull(frame, "frame");
    }

    @Override
    public Requirement requirement() {
        return Requirement.text(Text.of(
                "tổng điểm từ " + LearningCitizenCriteria.PASS_TOTAL + "/" + LearningCitizenCriteria.MAX_TOTAL + " trở lên",
                "total of at least " + LearningCitizenCriteria.PASS_TOTAL + "/" + LearningCitizenCriteria.MAX_TOTAL));
    }

    @Override
    public List<FactKey<?>> facts() {
        return frame.indicators().stream().<FactKey<?>>map(i -> new ScoreMeasure(i).key()).toList();
    }

    @Override
    public Assessment assess(EvaluationContext context) {
        LearningCitizen.calendarYear(context.dossier().period());
        Map<String, BigDecimal> scores = new HashMap<>();
        for (ScoredIndicator indicator : frame.indicators()) {
            Fact fact = context.factOrNull(new ScoreMeasure(indicator).key());
            if (fact != null) {
                scores.put(indicator.id(), ((FactValue.Amount) fact.value()).value());
            }
        }
        LearningCitizen.validate(frame, scores, "/facts/score.", "/amount");
        LearningCitizen.Total total = LearningCitizen.total(frame, scores);
        if (total.outcome() == Outcome.UNKNOWN) {
            String ids = frame.indicators().stream().map(ScoredIndicator::id).filter(id -> !scores.containsKey(id))
                    .collect(Collectors.joining(", "));
            return new Assessment(Outcome.UNKNOWN, Reason.of(ReasonCode.PARTS_UNKNOWN, ids), Optional.empty(), List.of(), List.of());
        }
        Optional<FactValue> observed = scores.size() == frame.indicators().size()
                ? Optional.of(new FactValue.Amount(total.known())) : Optional.empty();
        return new Assessment(total.outcome(), Reason.of(ReasonCode.EXPLAINED, total.reason().text()), observed,
                List.of(), List.of());
    }
}
