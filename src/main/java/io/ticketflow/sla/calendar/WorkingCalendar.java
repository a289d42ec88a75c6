package io.ticketflow.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Counts time the way an SLA does: only while the calendar is working. */
public interface WorkingCalendar {

    /** The calendar's name as the SLA policy and the ticket record it (e.g. {@code CN-EAST}, {@code 24x7}). */
    String name();

    ZoneId zone();

    /** The instant at which {@code amount} of working time has passed since {@code start}. */
    Instant plus(Instant start, Duration amount);

    /** The working time between two instants; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);
}
