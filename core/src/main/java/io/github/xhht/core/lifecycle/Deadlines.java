package io.github.xhht.core.lifecycle;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Text;
import io.github.xhht.core.law.Citation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The time limits of each procedure (tt24.md §4.3, tt25.md §5.1), all counted from the assessment year N:
 * TT 24 — file before 15 January N+1, decide before 15 February N+1 (Art. 10, 16), district results to
 * the province before 15 March (Art. 20(3)); TT 25 — commune before 28 February / 31 March (Art. 9),
 * district before 30 April / 31 May (Art. 14), province file before 31 July and the Minister decides
 * within 20 working days of a complete dossier (Art. 19).
 */
public final class Deadlines {
    /** TT 25 Art. 19: the Minister decides within this many working days of a complete, valid dossier. */
    public static final int MINISTER_WORKING_DAYS = 20;

    private Deadlines() {
    }

    /** Filing the application for the assessment year. */
    public static Deadline filing(Track track, int assessmentYear) {
        return before(Deadline.Kind.FILING, track, track.filingBefore(), assessmentYear, track.filingCitation());
    }

    /** Completing the recognition, where the law gives a calendar date (every track but TT 25 provinces). */
    public static Optional<Deadline> decision(Track track, int assessmentYear) {
        return track.decisionBefore().map(day ->
                before(Deadline.Kind.DECISION, track, day, assessmentYear, track.decisionDeadlineCitation()));
    }

    /** TT 24 district units: the district results reported to the province before 15 March. */
    public static Optional<Deadline> reportToProvince(Track track, int assessmentYear) {
        return track.reportCitation().map(c ->
                before(Deadline.Kind.REPORT_TO_PROVINCE, track, MonthDay.of(3, 15), assessmentYear, c));
    }

    /**
     * TT 25 provinces: the 20th working day after the Ministry received the complete dossier (the day of
     * receipt is not counted); unknown when the calendar lacks a day on the way.
     */
    public static Deadline ministerDecision(LocalDate completeDossierReceived, HolidayCalendar calendar) {
        Track track = Track.TT25_PROVINCE;
        Citation citation = track.decisionDeadlineCitation();
        Text wording = both("lifecycle.deadline.WITHIN_WORKING_DAYS", MINISTER_WORKING_DAYS, completeDossierReceived);
        Optional<LocalDate> last = calendar.workingDayAfter(completeDossierReceived, MINISTER_WORKING_DAYS);
        Optional<CitedReason> unknown = last.isPresent() ? Optional.empty()
                : Optional.of(CitedReason.of(CitedReason.Code.WORKING_DAYS_UNKNOWN, citation,
                        calendar.firstUnknownAfter(completeDossierReceived)));
        return new Deadline(Deadline.Kind.MINISTER_DECISION, track, wording, last, citation, unknown);
    }

    /** Whether the step done on {@code date} met the deadline, and if not by how many calendar days. */
    public static DeadlineCheck check(Deadline deadline, LocalDate date) {
        if (deadline.lastDayInTime().isEmpty()) {
            return new DeadlineCheck(deadline, date, DeadlineCheck.Timeliness.UNKNOWN, 0,
                    deadline.unknownReason().orElseThrow());
        }
        LocalDate last = deadline.lastDayInTime().get();
        long late = ChronoUnit.DAYS.between(last, date);
        if (late > 0) {
            return new DeadlineCheck(deadline, date, DeadlineCheck.Timeliness.LATE, late,
                    CitedReason.of(CitedReason.Code.LATE, deadline.citation(), date, deadline.wording(), last, late));
        }
        return new DeadlineCheck(deadline, date, DeadlineCheck.Timeliness.IN_TIME, 0,
                CitedReason.of(CitedReason.Code.IN_TIME, deadline.citation(), date, deadline.wording(), last));
    }

    private static Deadline before(Deadline.Kind kind, Track track, MonthDay day, int assessmentYear, Citation citation) {
        LocalDate limit = day.atYear(assessmentYear + 1);
        return new Deadline(kind, track, both("lifecycle.deadline.BEFORE", limit),
                Optional.of(limit.minusDays(1)), citation, Optional.empty());
    }

    private static Text both(String key, Object... args) {
        return Text.of(LifecycleMessages.of(Lang.VI).format(key, args), LifecycleMessages.of(Lang.EN).format(key, args));
    }
}
