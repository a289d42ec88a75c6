package io.ticketflow.sla;

import io.ticketflow.sla.calendar.WorkingCalendar;
import io.ticketflow.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The own target of a journey step — a department's task, an approval level — from the SLA policy table's rows for
 * the step's kind, counted in the ticket's region's business calendar like the ticket's own targets. A kind without
 * rows of its own falls to the ticket's rows: the step is then due like the ticket's resolution.
 */
@Service
public class StepTargets {

    private final SlaPolicies policies;
    private final SlaCalendars calendars;

    StepTargets(SlaPolicies policies, SlaCalendars calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    /** When a step of this kind, started now on this ticket, warns, is due and escalates a second time. */
    public StepTarget targetFor(Ticket ticket, String customerTier, String kind, Instant start) {
        SlaPolicy policy = policies.policyFor(new SlaRequest(kind, ticket.getPriority().name(),
                ticket.getChannel().name(), customerTier, ticket.getCategory(), ticket.getRegion()));
        WorkingCalendar calendar = calendars.book().forRegion(ticket.getRegion(), policy.calendar());
        Instant due = calendar.plus(start, policy.resolution());
        return new StepTarget(calendar.plus(start, policy.warnAfter(SlaTarget.RESOLUTION)), due,
                calendar.plus(due, policy.levelTwoAfter()), calendar.name(), calendar.zone().getId(),
                policy.reason(), policy.levelOneRecipients(), policy.levelTwoRecipients());
    }

    /** Business time between two moments in a stored step's calendar (how late a step is). */
    public Duration between(String calendarName, String zone, Instant from, Instant to) {
        return calendars.book().named(calendarName, ZoneId.of(zone)).between(from, to);
    }

    /** A step's target: the moments, the calendar they are counted in, the deciding row, who hears of a breach. */
    public record StepTarget(Instant warnAt, Instant dueAt, Instant levelTwoAt, String calendarName,
            String calendarZone, String rule, List<String> levelOneRecipients, List<String> levelTwoRecipients) {
    }
}
