package io.ticketflow.sla;

import io.ticketflow.sla.calendar.CalendarKind;
import java.time.Duration;
import java.util.List;

/**
 * The service levels a ticket gets from the SLA policy table: how long until the first response and the resolution,
 * when to warn, which calendar counts, who hears of a breach and who of a second-level escalation — and which table
 * version and row said so.
 */
public record SlaPolicy(Duration firstResponse, Duration resolution, int warnAtPercent, CalendarKind calendar,
        List<String> levelOneRecipients, Duration levelTwoAfter, List<String> levelTwoRecipients, String table,
        String version, String row) {

    public Duration target(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponse : resolution;
    }

    /** The working time after which the warning is due: {@code warnAtPercent} of the target. */
    public Duration warnAfter(SlaTarget target) {
        return target(target).multipliedBy(warnAtPercent).dividedBy(100);
    }

    /** For the timeline, e.g. {@code sla-policy table v3f2a1c9e0b7, row "VIP"}. */
    public String reason() {
        return table + " table v" + version + ", row \"" + row + "\"";
    }
}
