package io.ticketflow.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working hours per weekday in a time zone, minus public holidays, plus extra working days (a weekend day worked to
 * make up for a holiday, as China's adjusted weekends do). Local times are placed on the time line with the zone's
 * rules, so DST changes make a working day shorter or longer as they do on the clock on the wall.
 */
public final class BusinessCalendar implements WorkingCalendar {

    /** Days without any working time after which we stop looking: the calendar must be broken. */
    static final int MAX_IDLE_DAYS = 800;

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<TimeRange>> weeklyHours;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, List<TimeRange>> extraWorkdays;

    public BusinessCalendar(String name, ZoneId zone, Map<DayOfWeek, List<TimeRange>> weeklyHours,
            Set<LocalDate> holidays, Map<LocalDate, List<TimeRange>> extraWorkdays) {
        this.name = name;
        this.zone = zone;
        this.weeklyHours = new EnumMap<>(DayOfWeek.class);
        this.weeklyHours.putAll(weeklyHours);
        this.holidays = Set.copyOf(holidays);
        this.extraWorkdays = Map.copyOf(extraWorkdays);
        if (this.weeklyHours.values().stream().allMatch(List::isEmpty) && this.extraWorkdays.isEmpty()) {
            throw new IllegalArgumentException("calendar " + name + " has no working hours at all");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    /** The working hours of a date: an extra working day's, none on a holiday, else its weekday's. */
    public List<TimeRange> hoursOn(LocalDate date) {
        List<TimeRange> extra = extraWorkdays.get(date);
        if (extra != null) {
            return extra;
        }
        if (holidays.contains(date)) {
            return List.of();
        }
        return weeklyHours.getOrDefault(date.getDayOfWeek(), List.of());
    }

    @Override
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add negative working time " + amount);
        }
        Duration left = amount;
        LocalDate date = LocalDate.ofInstant(start, zone);
        int idleDays = 0;
        while (true) {
            boolean worked = false;
            for (TimeRange range : hoursOn(date)) {
                Instant from = max(start, startOf(date, range));
                Instant to = endOf(date, range);
                if (!to.isAfter(from)) {
                    continue;
                }
                worked = true;
                Duration available = Duration.between(from, to);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            idleDays = worked ? 0 : idleDays + 1;
            if (idleDays > MAX_IDLE_DAYS) {
                throw new IllegalStateException("calendar " + name + " has no working time for " + MAX_IDLE_DAYS
                        + " days after " + date);
            }
            date = date.plusDays(1);
        }
    }

    @Override
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeRange range : hoursOn(date)) {
                Instant start = max(from, startOf(date, range));
                Instant end = min(to, endOf(date, range));
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Instant startOf(LocalDate date, TimeRange range) {
        return ZonedDateTime.of(date, range.start(), zone).toInstant();
    }

    private Instant endOf(LocalDate date, TimeRange range) {
        return range.untilMidnight() ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, range.end(), zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
