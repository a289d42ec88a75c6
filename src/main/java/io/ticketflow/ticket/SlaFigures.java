package io.ticketflow.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The SLA figures a ticket view shows. Implemented by the SLA feature; the ticket feature only asks, so it does not
 * depend on how SLAs are computed.
 */
public interface SlaFigures {

    List<Figure> figures(long ticketId);

    /**
     * One target: its due time, the business time left (negative when overdue), the business time paused, and
     * whether it was met or breached, with the calendar and the policy row that set it.
     */
    record Figure(String target, Instant dueAt, Instant warnAt, String remaining, long remainingSeconds,
            String paused, boolean pausedNow, Instant metAt, boolean breached, String calendar, String policy) {

        /** {@code PT1H30M} → {@code 1h 30m}; negative as {@code -0h 20m}. */
        public static String humanize(Duration duration) {
            Duration abs = duration.abs();
            String text = abs.toHours() + "h " + abs.toMinutesPart() + "m";
            return duration.isNegative() ? "-" + text : text;
        }
    }
}
