package io.github.xhht.core.lifecycle;

import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How long a recognition lasts: "kept for 3 years following the year of recognition" (TT 24 Art. 5(4),
 * 11(4); TT 25 Art. 5(4), 10(4), 15(4)), read by I-3.
 */
public final class Validity {
    private Validity() {
    }

    /** The last day the recognition is valid, under the chosen reading of I-3. */
    public static LocalDate lastValidDay(Recognition recognition, Interpretations interpretations) {
        return switch (interpretations.expiry()) {
            case END_OF_THIRD_FOLLOWING_YEAR -> LocalDate.of(recognition.decisionDate().getYear() + 3, 12, 31);
            case THIRTY_SIX_MONTHS_FROM_DECISION -> recognition.decisionDate().plusMonths(36).minusDays(1);
        };
    }

    /** Valid on the date: decided on or before it and not expired. */
    public static boolean validOn(Recognition recognition, LocalDate date, Interpretations interpretations) {
        return !date.isBefore(recognition.decisionDate()) && !date.isAfter(lastValidDay(recognition, interpretations));
    }

    /** The highest level of the scheme validly held on the date, if any. */
    public static Optional<Level> levelHeldOn(List<Recognition> recognitions, String scheme, LocalDate date,
                                              Interpretations interpretations) {
        Level best = null;
        for (Recognition r : recognitions) {
            if (r.scheme().equals(scheme) && validOn(r, date, interpretations)
                    && (best == null || r.level().compareTo(best) > 0)) {
                best = r.level();
            }
        }
        return Optional.ofNullable(best);
    }
}
