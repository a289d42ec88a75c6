package io.ticketflow.sla.calendar;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code rules/calendars.yaml}. Every mistake (unknown zone, bad time range, a holiday range that ends before
 * it starts) is reported with the calendar it is in, so a broken file stops the start with a reason.
 */
public final class CalendarFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Document(@JsonProperty("default") String defaultCalendar, Map<String, String> regions,
            Map<String, CalendarEntry> calendars) {
    }

    record CalendarEntry(String zone, Map<DayOfWeek, List<String>> hours, List<String> holidays,
            Map<String, List<String>> workdays) {
    }

    private CalendarFile() {
    }

    public static CalendarBook parse(byte[] yaml, String fileName) {
        Document document;
        try {
            document = YAML.readValue(yaml, Document.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document == null || document.calendars() == null || document.calendars().isEmpty()) {
            throw new IllegalArgumentException(fileName + ": no calendars");
        }
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        document.calendars().forEach((name, entry) -> calendars.put(name, toCalendar(fileName, name, entry)));
        try {
            return new CalendarBook(calendars, document.regions() == null ? Map.of() : document.regions(),
                    document.defaultCalendar());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
        }
    }

    private static BusinessCalendar toCalendar(String fileName, String name, CalendarEntry entry) {
        String where = fileName + ", calendar " + name + ": ";
        try {
            ZoneId zone = ZoneId.of(entry.zone());
            Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
            if (entry.hours() != null) {
                entry.hours().forEach((day, ranges) -> weekly.put(day, ranges(ranges)));
            }
            Set<LocalDate> holidays = new HashSet<>();
            for (String holiday : entry.holidays() == null ? List.<String>of() : entry.holidays()) {
                holidays.addAll(dates(holiday));
            }
            Map<LocalDate, List<TimeRange>> workdays = new HashMap<>();
            if (entry.workdays() != null) {
                entry.workdays().forEach((date, ranges) -> workdays.put(LocalDate.parse(date), ranges(ranges)));
            }
            return new BusinessCalendar(name, zone, weekly, holidays, workdays);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException(where + "zone is missing", e);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static List<TimeRange> ranges(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(TimeRange::parse).toList();
    }

    /** {@code 2026-10-01} or {@code 2026-10-01..2026-10-07}. */
    private static List<LocalDate> dates(String text) {
        String[] bounds = text.strip().split("\\.\\.");
        LocalDate from = LocalDate.parse(bounds[0].strip());
        LocalDate to = bounds.length > 1 ? LocalDate.parse(bounds[1].strip()) : from;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("holiday range " + text + " ends before it starts");
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
