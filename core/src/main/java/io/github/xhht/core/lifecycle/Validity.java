package io.github.xhht.core.lifecycle;

import io.github.xhht.core.law.Interpretation;
import io.github.xhht.core.law.Interpretations;
import io.github.xhht.core.model.Level;
import io.github.xhht.core.model.Recognition;
import java.time.LocalDate;
import java.util.Comparator;
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

    /**
     * The subject's standing on the date in one procedure, from its recognitions (those of other schemes
     * are ignored; a decision after the date does not count yet).
     */
    public static RecognitionStatus status(List<Recognition> recognitions, Track track, LocalDate date,
                                           Interpretations interpretations) {
        List<Recognition> decided = recognitions.stream()
                .filter(r -> r.scheme().equals(track.scheme()) && !r.decisionDate().isAfter(date))
                .toList();
        Optional<Recognition> held = decided.stream()
                .filter(r -> validOn(r, date, interpretations))
                .max(Comparator.comparing(Recognition::level).thenComparing(Recognition::decisionDate));
        if (held.isPresent()) {
            Recognition r = held.get();
            LocalDate last = lastValidDay(r, interpretations);
            RecognitionStatus.State state = r.level() == Level.LEVEL_2
                    ? RecognitionStatus.State.LEVEL_2 : RecognitionStatus.State.LEVEL_1;
            return new RecognitionStatus(state, date, held, Optional.of(last),
                    CitedReason.of(CitedReason.Code.RECOGNISED, track.validityCitation(),
                            r.level().label(), r.decisionDate(), last).relyingOn(Interpretation.I_3));
        }
        Optional<Recognition> lapsed = decided.stream()
                .max(Comparator.comparing((Recognition r) -> lastValidDay(r, interpretations)));
        if (lapsed.isPresent()) {
            LocalDate last = lastValidDay(lapsed.get(), interpretations);
            return new RecognitionStatus(RecognitionStatus.State.EXPIRED, date, lapsed, Optional.of(last),
                    CitedReason.of(CitedReason.Code.RECOGNITION_EXPIRED, track.validityCitation(),
                            lapsed.get().level().label(), last).relyingOn(Interpretation.I_3));
        }
        return new RecognitionStatus(RecognitionStatus.State.NONE, date, Optional.empty(), Optional.empty(),
                CitedReason.of(CitedReason.Code.NOT_RECOGNISED, track.validityCitation(), date));
    }
}
