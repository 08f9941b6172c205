package io.github.xhht.awards.citizen;

import io.github.xhht.core.rule.Outcome;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator's score in a Learning Citizen result.
 *
 * @param indicator the indicator of the form
 * @param score     the score, empty when not given
 * @param outcome   MET at or above 5 points, NOT_MET below, UNKNOWN when not given
 */
public record IndicatorScore(ScoredIndicator indicator, Optional<BigDecimal> score, Outcome outcome) {
    public IndicatorScore {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(outcome, "outcome");
    }
}
