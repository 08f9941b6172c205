package io.github.xhht.core.rule;

import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.model.Evidence;
import io.github.xhht.core.model.FactValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a measure found for one indicator.
 *
 * @param outcome         the outcome
 * @param reason          why
 * @param observed        the value observed, if any
 * @param evidence        the evidence used
 * @param interpretations the interpretations relied on
 */
public record Assessment(
        Outcome outcome,
        Reason reason,
        Optional<FactValue> observed,
        List<Evidence> evidence,
        List<Interpretation> interpretations) {

    public Assessment {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(observed, "observed");
        evidence = List.copyOf(evidence);
        interpretations = Interpretations.sorted(interpretations);
    }

    /** Sorting and de-duplication of interpretation lists, so output is stable. */
    static final class Interpretations {
        private Interpretations() {
        }

        static List<Interpretation> sorted(List<Interpretation> list) {
            if (list.size() <= 1) {
                return List.copyOf(list);
            }
            return list.stream().distinct().sorted().toList();
        }
    }
}
