package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.lifecycle.HolidayCalendar.DayKind;
import java.time.LocalDate;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {
    static final HolidayCalendar VN = HolidayCalendar.vietnam();

    @Test
    void theBundledListCoversSourcedYearsOnly() {
        assertEquals(DayKind.UNKNOWN, VN.kind(LocalDate.of(2023, 12, 29)));
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2024, 1, 1)));
        assertEquals(DayKind.WORKING, VN.kind(LocalDate.of(2026, 11, 23)));
        assertEquals(DayKind.UNKNOWN, VN.kind(LocalDate.of(2026, 11, 24)), "Vietnamese Culture Day not settled");
        VN.years().forEach(y -> assertFalse(y.source().isBlank(), "source of " + y.year()));
    }

    @Test
    void announcedDaysOffAndSwappedSaturdays() {
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2024, 2, 8)), "29 Chạp Quý Mão");
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2024, 4, 18)), "Hùng Kings 2024");
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2024, 4, 29)), "swapped Monday");
        assertEquals(DayKind.WORKING, VN.kind(LocalDate.of(2024, 5, 4)), "Saturday worked");
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2025, 1, 29)), "Tết Ất Tỵ");
        assertEquals(DayKind.WORKING, VN.kind(LocalDate.of(2025, 4, 26)), "Saturday worked");
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2025, 5, 2)), "swapped Friday");
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2026, 8, 31)), "swapped Monday");
        assertEquals(DayKind.WORKING, VN.kind(LocalDate.of(2026, 8, 22)), "Saturday worked");
        assertEquals(DayKind.DAY_OFF, VN.kind(LocalDate.of(2025, 3, 8)), "an ordinary Saturday");
        assertEquals(DayKind.WORKING, VN.kind(LocalDate.of(2025, 3, 10)), "an ordinary Monday");
    }

    @Test
    void weekdaysOffPerYearMatchTheLabourCodePlusSwaps() {
        // 11 holidays a year (Labour Code 2019 Art. 112); weekday days off = those on weekdays + make-up + swaps
        assertEquals(12, VN.years().get(0).daysOff().size(), "2024: 11 + swap 29 Apr");
        assertEquals(12, VN.years().get(1).daysOff().size(), "2025: 11 + swap 2 May");
    }

    @Test
    void countingWorkingDaysAcrossTet2024() {
        // 5-9 Feb: 5,6,7 working; 8,9 off; 12-14 off; 15,16 working
        assertEquals(OptionalLong.of(5), VN.workingDaysBetween(LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 16)));
        assertEquals(OptionalLong.empty(), VN.workingDaysBetween(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 5)));
    }

    @Test
    void parseNamesTheLineAtFault() {
        String saturdayOff = "year 2030 covered 2030-01-01 2030-12-31\nsource 2030 test\noff 2030-01-05 a Saturday\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.parse("t", saturdayOff));
        assertTrue(e.getMessage().contains("2030-01-05"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> HolidayCalendar.parse("t", "year 2030 covered 2030-01-01 2030-12-31\noff 2030-13-01 x"));
        assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HolidayCalendar.parse("t", "year 2030 covered 2030-01-01 2030-12-31\noff 2030-01-02 x"), "no source");
        assertThrows(IllegalArgumentException.class,
                () -> HolidayCalendar.parse("t", "source 2030 s\noff 2030-01-02 x"), "no coverage line");
        assertThrows(IllegalArgumentException.class,
                () -> HolidayCalendar.parse("t", "year 2030 covered 2030-01-01 2030-12-31\nsource 2030 s\nwork 2030-01-07 a Monday"));
    }

    @Property
    void theNthWorkingDayIsAWorkingDayAndEndsACountOfN(@ForAll @IntRange(min = 0, max = 900) int offset,
                                                      @ForAll @IntRange(min = 1, max = 40) int n) {
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(offset);
        VN.workingDayAfter(start, n).ifPresent(day -> {
            assertEquals(DayKind.WORKING, VN.kind(day));
            assertEquals(OptionalLong.of(n), VN.workingDaysBetween(start, day));
            assertEquals(OptionalLong.of(n - 1), VN.workingDaysBetween(start, day.minusDays(1)));
        });
    }
}
