package io.ticketflow.sla.calendar;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working hours within one day, {@code start} inclusive, {@code end} exclusive; {@code 24:00} may end a range.
 * Written {@code 09:00-12:30}.
 */
public record TimeRange(LocalTime start, LocalTime end, boolean untilMidnight) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");

    public TimeRange {
        if (!untilMidnight && !end.isAfter(start)) {
            throw new IllegalArgumentException("working hours " + start + "-" + end + " end before they start");
        }
    }

    public static TimeRange parse(String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time range like 09:00-18:00");
        }
        LocalTime start = LocalTime.parse(matcher.group(1));
        boolean untilMidnight = matcher.group(2).equals("24:00");
        return new TimeRange(start, untilMidnight ? LocalTime.MIDNIGHT : LocalTime.parse(matcher.group(2)),
                untilMidnight);
    }

    @Override
    public String toString() {
        return start + "-" + (untilMidnight ? "24:00" : end.toString());
    }
}
