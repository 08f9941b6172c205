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
            if (list.size() <= 1 || strictlyIncreasing(list)) {
                return List.copyOf(list);
            }
            // sorted without repeats = the set bits of a mask, by ordinal (an enum's natural order; I-1..I-10 fit a long)
            long mask = 0;
            for (int i = 0; i < list.size(); i++) {
                mask |= 1L << list.get(i).ordinal();
            }
            Interpretation[] out = new Interpretation[Long.bitCount(mask)];
            for (int i = 0; mask != 0; mask &= mask - 1) {
                out[i++] = ALL.get(Long.numberOfTrailingZeros(mask));
            }
            return List.of(out);
        }

        private static final List<Interpretation> ALL = List.of(Interpretation.values());

        // the usual case, checked without a stream: every node of every explanation passes here
        private static boolean strictlyIncreasing(List<Interpretation> list) {
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i - 1).compareTo(list.get(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
