package io.github.xhht.core.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a step happened in time.
 *
 * @param deadline   the time limit
 * @param date       when the step happened
 * @param timeliness in time, late, or unknown (no holiday data for a working-day limit)
 * @param daysLate   calendar days after the last day in time; 0 unless late
 * @param reason     the answer in words, with the article
 */
public record DeadlineCheck(Deadline deadline, LocalDate date, Timeliness timeliness, long daysLate,
                            CitedReason reason) {

    /** The three answers. */
    public enum Timeliness {
        IN_TIME, LATE, UNKNOWN
    }

    public DeadlineCheck {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(timeliness, "timeliness");
        Objects.requireNonNull(reason, "reason");
        if ((timeliness == Timeliness.LATE) != (daysLate > 0) || daysLate < 0) {
            throw new IllegalArgumentException("days late is positive exactly when late");
        }
    }

    /** Whether the deadline was missed. */
    public boolean late() {
        return timeliness == Timeliness.LATE;
    }
}
