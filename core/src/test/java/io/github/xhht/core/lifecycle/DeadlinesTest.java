package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

    static void assertBeforeDeadline(Deadline deadline, LocalDate limit) {
        DeadlineCheck dayBefore = Deadlines.check(deadline, limit.minusDays(1));
        DeadlineCheck dayOf = Deadlines.check(deadline, limit);
        DeadlineCheck dayAfter = Deadlines.check(deadline, limit.plusDays(1));
        assertEquals(DeadlineCheck.Timeliness.IN_TIME, dayBefore.timeliness(), "the day before " + limit);
        assertEquals(DeadlineCheck.Timeliness.LATE, dayOf.timeliness(), "\"before\" " + limit + ": the day itself is late");
        assertEquals(1, dayOf.daysLate());
        assertEquals(DeadlineCheck.Timeliness.LATE, dayAfter.timeliness());
        assertEquals(2, dayAfter.daysLate());
    }

    // assessment year 2024: every limit falls in 2025 ("trước ngày", tt24.md §4.3, tt25.md §5.1)
    @ParameterizedTest(name = "{0} filing before {1}")
    @CsvSource({
        "TT24_DISTRICT, 2025-01-15",
        "TT24_PROVINCE, 2025-01-15",
        "TT25_COMMUNE, 2025-02-28",
        "TT25_DISTRICT, 2025-04-30",
        "TT25_PROVINCE, 2025-07-31"})
    void filingDeadlines(Track track, LocalDate limit) {
        assertBeforeDeadline(Deadlines.filing(track, 2024), limit);
    }

    @ParameterizedTest(name = "{0} decision before {1}")
    @CsvSource({
        "TT24_DISTRICT, 2025-02-15",
        "TT24_PROVINCE, 2025-02-15",
        "TT25_COMMUNE, 2025-03-31",
        "TT25_DISTRICT, 2025-05-31"})
    void decisionDeadlines(Track track, LocalDate limit) {
        assertBeforeDeadline(Deadlines.decision(track, 2024).orElseThrow(), limit);
    }

    @Test
    void tt24DistrictResultsGoToTheProvinceBefore15March() {
        Deadline report = Deadlines.reportToProvince(Track.TT24_DISTRICT, 2024).orElseThrow();
        assertBeforeDeadline(report, LocalDate.of(2025, 3, 15));
        assertEquals("Article 20(3) of Circular 24/2023/TT-BGDĐT", report.citation().render(Lang.EN));
        assertEquals(Optional.empty(), Deadlines.reportToProvince(Track.TT24_PROVINCE, 2024));
        assertEquals(Optional.empty(), Deadlines.reportToProvince(Track.TT25_COMMUNE, 2024));
    }

    @Test
    void aTt25ProvinceHasNoCalendarDecisionDate() {
        assertEquals(Optional.empty(), Deadlines.decision(Track.TT25_PROVINCE, 2024));
    }

    @Test
    void theLateMessageGivesTheDaysLateAndTheArticleInBothLanguages() {
        DeadlineCheck late = Deadlines.check(Deadlines.filing(Track.TT24_DISTRICT, 2024), LocalDate.of(2025, 1, 20));
        assertEquals(6, late.daysLate());
        assertEquals("ngày 20/01/2025: trễ 6 ngày (trước ngày 15/01/2025; hạn cuối ngày 14/01/2025) "
                + "(điểm c khoản 1 Điều 10 Thông tư 24/2023/TT-BGDĐT)", late.reason().message(Lang.VI));
        assertEquals("on 2025-01-20: late by 6 day(s) (before 2025-01-15; last day 2025-01-14) "
                + "(Article 10(1)(c) of Circular 24/2023/TT-BGDĐT)", late.reason().message(Lang.EN));
    }

    @Test
    void aCommuneFilingInALeapYearMayStillBeOn28February() {
        assertBeforeDeadline(Deadlines.filing(Track.TT25_COMMUNE, 2027), LocalDate.of(2028, 2, 28));
    }

    // --- the Minister: 20 working days after the complete dossier, the day of receipt not counted
    static final HolidayCalendar VN = HolidayCalendar.vietnam();

    static void assertMinisterDeadline(LocalDate received, LocalDate lastDay) {
        Deadline d = Deadlines.ministerDecision(received, VN);
        assertEquals(Optional.of(lastDay), d.lastDayInTime());
        assertEquals(DeadlineCheck.Timeliness.IN_TIME, Deadlines.check(d, lastDay.minusDays(1)).timeliness());
        assertEquals(DeadlineCheck.Timeliness.IN_TIME, Deadlines.check(d, lastDay).timeliness());
        DeadlineCheck after = Deadlines.check(d, lastDay.plusDays(1));
        assertEquals(DeadlineCheck.Timeliness.LATE, after.timeliness());
        assertEquals(1, after.daysLate());
    }

    @Test
    void aDossierReceived31July2025WithoutHolidaysOnTheWay() {
        // Aug 2025: 1, 4-8, 11-15, 18-22, 25-28 = 20 working days
        assertMinisterDeadline(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 28));
    }

    @Test
    void nationalDay2025AddsTwoDays() {
        // 21-22, 25-29 Aug, (1-2 Sep off), 3-5, 8-12, 15-19 Sep
        assertMinisterDeadline(LocalDate.of(2025, 8, 20), LocalDate.of(2025, 9, 19));
    }

    @Test
    void tet2025AddsAWeek() {
        // 21-24 Jan, (27-31 Jan off), 3-7, 10-14, 17-21, 24 Feb
        assertMinisterDeadline(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 24));
    }

    @Test
    void theSaturdayWorkedOn4May2024Counts() {
        // (29 Apr-1 May off), 2-3 May, Sat 4 May, 6-10, 13-17, 20-24, 27-28 May
        assertMinisterDeadline(LocalDate.of(2024, 4, 26), LocalDate.of(2024, 5, 28));
    }

    @Test
    void withoutAHolidayListTheDeadlineIsUnknownNotGuessed() {
        Deadline d = Deadlines.ministerDecision(LocalDate.of(2026, 11, 10), VN);
        assertEquals(Optional.empty(), d.lastDayInTime());
        DeadlineCheck check = Deadlines.check(d, LocalDate.of(2026, 11, 20));
        assertEquals(DeadlineCheck.Timeliness.UNKNOWN, check.timeliness());
        assertEquals(0, check.daysLate());
        assertEquals(CitedReason.Code.WORKING_DAYS_UNKNOWN, check.reason().code());
        assertEquals("working days cannot be counted: no official holiday list for 2026-11-24 "
                + "(Article 19(2) of Circular 25/2023/TT-BGDĐT)", check.reason().message(Lang.EN));
        Deadline before2024 = Deadlines.ministerDecision(LocalDate.of(2023, 8, 1), VN);
        assertEquals(Optional.of(LocalDate.of(2023, 8, 2)), before2024.unknownReason().map(r -> (LocalDate) r.args().get(0)));
    }

    @Test
    void aCallerMaySupplyItsOwnYear() {
        HolidayCalendar.YearSchedule y2027 = new HolidayCalendar.YearSchedule(2027, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), java.util.Set.of(LocalDate.of(2027, 8, 2)), java.util.Set.of(), "caller's own list");
        HolidayCalendar mine = VN.with(y2027);
        // Aug 2027: 2 off; 3-6, 9-13, 16-20, 23-27, 30 = 20
        assertEquals(Optional.of(LocalDate.of(2027, 8, 30)), Deadlines.ministerDecision(LocalDate.of(2027, 7, 30), mine).lastDayInTime());
        assertTrue(mine.scheduleFor(LocalDate.of(2025, 1, 1)).isPresent(), "the other years are kept");
        assertEquals(List.of(2024, 2025, 2026, 2027), mine.years().stream().map(HolidayCalendar.YearSchedule::year).toList());
    }
}
