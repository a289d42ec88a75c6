package io.ticketflow.sla.calendar;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * All business calendars and which region counts in which ({@code rules/calendars.yaml}).
 */
public final class CalendarBook {

    private final Map<String, BusinessCalendar> calendars;
    private final Map<String, String> regions;
    private final String defaultCalendar;

    public CalendarBook(Map<String, BusinessCalendar> calendars, Map<String, String> regions, String defaultCalendar) {
        this.calendars = Map.copyOf(calendars);
        this.regions = Map.copyOf(regions);
        this.defaultCalendar = defaultCalendar;
        if (!calendars.containsKey(defaultCalendar)) {
            throw new IllegalArgumentException("default calendar '" + defaultCalendar + "' is not defined");
        }
        regions.forEach((region, calendar) -> {
            if (!calendars.containsKey(calendar)) {
                throw new IllegalArgumentException("region " + region + " names undefined calendar '" + calendar
                        + "'");
            }
        });
    }

    /** The regions the file names (each with its calendar), in name order. */
    public SortedSet<String> regions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(regions.keySet()));
    }

    /** The calendar a ticket of this region counts in. */
    public WorkingCalendar forRegion(String region, CalendarKind kind) {
        BusinessCalendar business = calendars.get(regions.getOrDefault(region, defaultCalendar));
        return kind == CalendarKind.TWENTY_FOUR_SEVEN ? new AroundTheClock(business.zone()) : business;
    }

    /** The calendar a ticket recorded by name and zone ({@code 24x7} is around the clock in that zone). */
    public WorkingCalendar named(String name, ZoneId zone) {
        return AroundTheClock.NAME.equals(name) ? new AroundTheClock(zone) : calendar(name);
    }

    public BusinessCalendar calendar(String name) {
        BusinessCalendar calendar = calendars.get(name);
        if (calendar == null) {
            throw new IllegalArgumentException("no calendar named " + name);
        }
        return calendar;
    }
}
