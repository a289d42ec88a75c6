package io.ticketflow.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A 24×7 calendar: every second counts. */
public record AroundTheClock(ZoneId zone) implements WorkingCalendar {

    public static final String NAME = "24x7";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Instant plus(Instant start, Duration amount) {
        return start.plus(amount);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}
