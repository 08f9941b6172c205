package io.github.xhht.core.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days ("ngày làm việc"): Monday to Friday, minus the official days off, plus the
 * Saturdays or Sundays worked in exchange for a swapped day. The days off are data, one schedule per
 * year with its source; a day outside every schedule is {@link DayKind#UNKNOWN}, never guessed (Tết and
 * the Hùng Kings' day follow the lunar calendar and are announced each year).
 *
 * @param name  what the calendar is, e.g. "Việt Nam, cơ quan nhà nước"
 * @param years the yearly schedules, no two covering the same day
 */
public record HolidayCalendar(String name, List<YearSchedule> years) {

    /** What a day is. */
    public enum DayKind {
        WORKING, DAY_OFF, UNKNOWN
    }

    /**
     * The days off of one year as announced.
     *
     * @param year           the year
     * @param coveredFrom    first day the schedule is known for
     * @param coveredTo      last day the schedule is known for
     * @param daysOff        weekdays that are not working days
     * @param workingWeekend Saturdays or Sundays that are working days
     * @param source         where the schedule comes from
     */
    public record YearSchedule(int year, LocalDate coveredFrom, LocalDate coveredTo, Set<LocalDate> daysOff,
                               Set<LocalDate> workingWeekend, String source) {
        public YearSchedule {
            Objects.requireNonNull(coveredFrom, "coveredFrom");
            Objects.requireNonNull(coveredTo, "coveredTo");
            Objects.requireNonNull(source, "source");
            if (coveredFrom.getYear() != year || coveredTo.getYear() != year || coveredTo.isBefore(coveredFrom)) {
                throw new IllegalArgumentException("schedule " + year + " must cover days of that year, in order");
            }
            daysOff = Set.copyOf(new TreeSet<>(daysOff));
            workingWeekend = Set.copyOf(new TreeSet<>(workingWeekend));
            for (LocalDate d : daysOff) {
                if (!covers(coveredFrom, coveredTo, d) || weekend(d)) {
                    throw new IllegalArgumentException("day off " + d + " must be a weekday within " + year + "'s coverage");
                }
            }
            for (LocalDate d : workingWeekend) {
                if (!covers(coveredFrom, coveredTo, d) || !weekend(d)) {
                    throw new IllegalArgumentException("working day " + d + " must be a Saturday or Sunday within " + year + "'s coverage");
                }
            }
        }

        /** Whether the schedule knows the day. */
        public boolean covers(LocalDate date) {
            return covers(coveredFrom, coveredTo, date);
        }

        private static boolean covers(LocalDate from, LocalDate to, LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    private static final String RESOURCE = "holidays-vn.txt";
    private static final HolidayCalendar VIETNAM = load();

    public HolidayCalendar {
        Objects.requireNonNull(name, "name");
        years = years.stream().sorted(Comparator.comparing(YearSchedule::coveredFrom)).toList();
        for (int i = 1; i < years.size(); i++) {
            if (!years.get(i).coveredFrom().isAfter(years.get(i - 1).coveredTo())) {
                throw new IllegalArgumentException("schedules " + years.get(i - 1).year() + " and "
                        + years.get(i).year() + " overlap");
            }
        }
    }

    /** The official days off of Vietnam's state agencies, for the years the library could source. */
    public static HolidayCalendar vietnam() {
        return VIETNAM;
    }

    /** A calendar of the caller's own schedules. */
    public static HolidayCalendar of(String name, List<YearSchedule> years) {
        return new HolidayCalendar(name, years);
    }

    /** This calendar with one year's schedule added or replaced. */
    public HolidayCalendar with(YearSchedule schedule) {
        List<YearSchedule> all = new ArrayList<>();
        years.stream().filter(y -> y.year() != schedule.year()).forEach(all::add);
        all.add(schedule);
        return new HolidayCalendar(name, all);
    }

    /** The schedule covering the day, if any. */
    public Optional<YearSchedule> scheduleFor(LocalDate date) {
        return years.stream().filter(y -> y.covers(date)).findFirst();
    }

    /** Whether the day is a working day, a day off, or not known to this calendar. */
    public DayKind kind(LocalDate date) {
        Optional<YearSchedule> schedule = scheduleFor(date);
        if (schedule.isEmpty()) {
            return DayKind.UNKNOWN;
        }
        YearSchedule y = schedule.get();
        boolean working = weekend(date) ? y.workingWeekend().contains(date) : !y.daysOff().contains(date);
        return working ? DayKind.WORKING : DayKind.DAY_OFF;
    }

    /**
     * The n-th working day after {@code start} (the start day itself is not counted); empty when a day
     * on the way is unknown.
     */
    public Optional<LocalDate> workingDayAfter(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            DayKind kind = kind(day);
            if (kind == DayKind.UNKNOWN) {
                return Optional.empty();
            }
            if (kind == DayKind.WORKING) {
                counted++;
            }
        }
        return Optional.of(day);
    }

    /** Working days after {@code start} up to and including {@code end}; empty when a day between is unknown. */
    public OptionalLong workingDaysBetween(LocalDate start, LocalDate end) {
        long count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            DayKind kind = kind(day);
            if (kind == DayKind.UNKNOWN) {
                return OptionalLong.empty();
            }
            if (kind == DayKind.WORKING) {
                count++;
            }
        }
        return OptionalLong.of(count);
    }

    /** The first day after {@code start} this calendar does not know. */
    public LocalDate firstUnknownAfter(LocalDate start) {
        LocalDate day = start.plusDays(1);
        while (kind(day) != DayKind.UNKNOWN) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Reads schedules in the format of {@code holidays-vn.txt}: lines {@code year Y covered FROM TO},
     * {@code source Y text}, {@code off DATE what}, {@code work DATE what}; {@code #} starts a comment.
     *
     * @throws IllegalArgumentException naming the line at fault
     */
    public static HolidayCalendar parse(String name, String text) {
        java.util.Map<Integer, LocalDate[]> covered = new java.util.TreeMap<>();
        java.util.Map<Integer, String> sources = new java.util.HashMap<>();
        java.util.Map<Integer, Set<LocalDate>> off = new java.util.HashMap<>();
        java.util.Map<Integer, Set<LocalDate>> work = new java.util.HashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            try {
                switch (parts[0]) {
                    case "year" -> {
                        String[] p = line.split("\\s+");
                        if (p.length != 5 || !p[2].equals("covered")) {
                            throw new IllegalArgumentException("expected: year Y covered FROM TO");
                        }
                        int year = Integer.parseInt(p[1]);
                        covered.put(year, new LocalDate[] {LocalDate.parse(p[3]), LocalDate.parse(p[4])});
                    }
                    case "source" -> sources.merge(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "",
                            (a, b) -> a + " " + b);
                    case "off" -> {
                        LocalDate d = LocalDate.parse(parts[1]);
                        off.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(d);
                    }
                    case "work" -> {
                        LocalDate d = LocalDate.parse(parts[1]);
                        work.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(d);
                    }
                    default -> throw new IllegalArgumentException("unknown entry '" + parts[0] + "'");
                }
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        List<YearSchedule> years = new ArrayList<>();
        java.util.Set<Integer> listed = new java.util.TreeSet<>(off.keySet());
        listed.addAll(work.keySet());
        listed.addAll(sources.keySet());
        for (Integer year : listed) {
            if (!covered.containsKey(year)) {
                throw new IllegalArgumentException(name + ": entries for " + year + " without a 'year " + year + " covered' line");
            }
        }
        for (var e : covered.entrySet()) {
            int year = e.getKey();
            String source = sources.get(year);
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException(name + ": year " + year + " has no source");
            }
            years.add(new YearSchedule(year, e.getValue()[0], e.getValue()[1],
                    off.getOrDefault(year, Set.of()), work.getOrDefault(year, Set.of()), source));
        }
        return new HolidayCalendar(name, years);
    }

    private static HolidayCalendar load() {
        try (InputStream in = HolidayCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse("Việt Nam, cơ quan nhà nước (" + RESOURCE + ")",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
