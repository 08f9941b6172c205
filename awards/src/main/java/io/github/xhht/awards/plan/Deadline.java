package io.github.xhht.awards.plan;

import io.github.xhht.awards.Occasion;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A date a plan sets: nominations must reach the receiving body strictly before it ("trước ngày").
 * Either a fixed date, or a day of every year ("trước ngày 01 tháng 6 hằng năm").
 *
 * @param kind     what must be sent by then
 * @param occasion the occasion whose nominations it closes, for {@link Kind#NOMINATIONS}
 * @param fixed    the fixed date, if the plan gives one
 * @param yearly   the day of each year, if the plan gives a recurring date
 * @param what     the plan's words for it
 * @param citation where the plan sets it
 */
public record Deadline(Kind kind, Optional<Occasion> occasion, Optional<LocalDate> fixed, Optional<MonthDay> yearly,
                       Text what, Citation citation) {

    /** What the deadline closes. */
    public enum Kind {
        /** Nomination dossiers for an occasion. */
        NOMINATIONS,
        /** Registration for emulation (PR-5). */
        REGISTRATION,
        /** A progress report; informative, never checked on a nomination. */
        REPORT
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(yearly, "yearly");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(citation, "citation");
        if (fixed.isPresent() == yearly.isPresent()) {
            throw new IllegalArgumentException("a deadline is either fixed or yearly");
        }
        if (kind == Kind.NOMINATIONS && occasion.isEmpty()) {
            throw new IllegalArgumentException("a nomination deadline names its occasion");
        }
    }

    /** A fixed date. */
    public static Deadline on(Kind kind, Occasion occasion, LocalDate date, Text what, Citation citation) {
        return new Deadline(kind, Optional.ofNullable(occasion), Optional.of(date), Optional.empty(), what, citation);
    }

    /** A day of every year. */
    public static Deadline yearly(Kind kind, Occasion occasion, MonthDay day, Text what, Citation citation) {
        return new Deadline(kind, Optional.ofNullable(occasion), Optional.empty(), Optional.of(day), what, citation);
    }

    /** The date that applies in a year: the fixed date, or the yearly day in that year. */
    public LocalDate dueIn(int year) {
        return fixed.orElseGet(() -> yearly.orElseThrow().atYear(year));
    }

    /** Whether the date is in time: strictly before the due date. */
    public boolean inTime(LocalDate date, int year) {
        return date.isBefore(dueIn(year));
    }
}
