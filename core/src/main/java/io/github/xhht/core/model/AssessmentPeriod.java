package io.github.xhht.core.model;

import io.github.xhht.core.error.InvalidInputException;
import io.github.xhht.core.error.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period whose data a dossier reports; for TT 24 and TT 25, 1 January to 31 December of the
 * assessment year (TT 25 Art. 9(1)(b), TT 24 Art. 10).
 *
 * @param from first day, inclusive
 * @param to   last day, inclusive
 */
public record AssessmentPeriod(LocalDate from, LocalDate to) {
    public AssessmentPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInputException.at("/to", ProblemCode.PERIOD_REVERSED, from, to);
        }
    }

    /** 1 January to 31 December of the year. */
    public static AssessmentPeriod calendarYear(int year) {
        return new AssessmentPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the date falls in the period (both ends included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The year of the last day, which names the assessment year. */
    public int year() {
        return to.getYear();
    }
}
