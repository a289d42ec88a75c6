package io.ticketflow.sla;

import io.ticketflow.sla.calendar.WorkingCalendar;
import io.ticketflow.ticket.SlaFigures;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket's SLA clocks: started from the policy table when the ticket is routed, met by the first response and the
 * resolution, stopped while the ticket waits on the customer. The stored rows are the truth; the process timers
 * follow them (see {@link SlaTimerJobs}).
 */
@Service
public class SlaClocks implements SlaFigures {

    private final TicketSlaMapper slas;
    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private final TicketService tickets;
    private final Clock clock;

    SlaClocks(TicketSlaMapper slas, SlaPolicies policies, SlaCalendars calendars, TicketService tickets,
            Clock clock) {
        this.slas = slas;
        this.policies = policies;
        this.calendars = calendars;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Starts both targets, counted from the ticket's creation, and returns their schedules. */
    @Transactional
    public List<SlaSchedule> start(Ticket ticket, String customerTier) {
        SlaPolicy policy = policies.policyFor(new SlaRequest(ticket.getPriority().name(), ticket.getChannel().name(),
                customerTier, ticket.getCategory(), ticket.getRegion()));
        WorkingCalendar calendar = calendars.book().forRegion(ticket.getRegion(), policy.calendar());
        List<SlaSchedule> schedules = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            SlaSchedule schedule = SlaSchedule.start(target, policy, calendar, ticket.getCreatedAt());
            slas.insertSla(new TicketSla(ticket.getId(), schedule, calendar, policy));
            schedules.add(schedule);
        }
        tickets.recordSystemEvent(ticket.getId(), TicketEventType.SLA_STARTED, "first response due "
                + schedules.get(0).dueAt() + ", resolution due " + schedules.get(1).dueAt() + " ("
                + calendar.name() + ", " + calendar.zone() + ") by " + policy.reason());
        return schedules;
    }

    /** A target's current schedule; the ticket's SLA clocks must have been started. */
    SlaSchedule schedule(long ticketId, SlaTarget target) {
        TicketSla sla = find(ticketId, target);
        if (sla == null) {
            throw new IllegalStateException("Ticket " + ticketId + " has no " + target
                    + " SLA: its clocks were not started");
        }
        return sla.schedule();
    }

    /** Marks a target met; returns false when it already was (or the ticket has no SLA). */
    @Transactional
    public boolean meet(long ticketId, SlaTarget target, Instant at) {
        for (TicketSla sla : slas.findSlasOfTicket(ticketId)) {
            if (sla.getTarget() == target && !sla.schedule().isMet()) {
                sla.apply(sla.schedule().metAt(at));
                slas.updateSchedule(sla);
                return true;
            }
        }
        return false;
    }

    /** Opens the resolution target again after a rejected resolution; returns every target's schedule. */
    @Transactional
    public List<SlaSchedule> reopen(long ticketId, Instant at) {
        List<SlaSchedule> schedules = new ArrayList<>();
        for (TicketSla sla : slas.findSlasOfTicket(ticketId)) {
            SlaSchedule schedule = sla.schedule();
            if (sla.getTarget() == SlaTarget.RESOLUTION && schedule.isMet()) {
                schedule = schedule.reopenedAt(at, calendarOf(sla));
                sla.apply(schedule);
                slas.updateSchedule(sla);
                tickets.recordSystemEvent(ticketId, TicketEventType.SLA_RESUMED, "RESOLUTION clock runs again, due "
                        + schedule.dueAt());
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    /** Stops the clocks of every target not yet met. */
    @Transactional
    public void pause(long ticketId, Instant at) {
        for (TicketSla sla : slas.findSlasOfTicket(ticketId)) {
            sla.apply(sla.schedule().pausedAt(at));
            slas.updateSchedule(sla);
        }
    }

    /** Restarts the clocks; every time still ahead moves by the paused business time. Returns the new schedules. */
    @Transactional
    public List<SlaSchedule> resume(long ticketId, Instant at) {
        List<SlaSchedule> resumed = new ArrayList<>();
        for (TicketSla sla : slas.findSlasOfTicket(ticketId)) {
            SlaSchedule before = sla.schedule();
            SlaSchedule after = before.resumedAt(at, calendarOf(sla));
            sla.apply(after);
            slas.updateSchedule(sla);
            resumed.add(after);
            if (before.isPaused()) {
                tickets.recordSystemEvent(ticketId, TicketEventType.SLA_RESUMED, sla.getTarget() + " clock runs again"
                        + ", due " + after.dueAt() + " (paused " + SlaFigures.Figure.humanize(
                        after.pausedBusinessTime().minus(before.pausedBusinessTime())) + " of business time)");
            }
        }
        return resumed;
    }

    /** The stored target, or null when the ticket has none. */
    TicketSla find(long ticketId, SlaTarget target) {
        return slas.findSlasOfTicket(ticketId).stream().filter(s -> s.getTarget() == target).findFirst()
                .orElse(null);
    }

    boolean markBreached(long ticketId, SlaTarget target) {
        return slas.markBreached(ticketId, target, clock.instant()) > 0;
    }

    WorkingCalendar calendarOf(TicketSla sla) {
        return calendars.book().named(sla.getCalendarName(), sla.zone());
    }

    @Override
    public List<Figure> figures(long ticketId) {
        Instant now = clock.instant();
        List<Figure> figures = new ArrayList<>();
        for (TicketSla sla : slas.findSlasOfTicket(ticketId)) {
            SlaSchedule schedule = sla.schedule();
            WorkingCalendar calendar = calendarOf(sla);
            Duration remaining = schedule.remaining(now, calendar);
            Duration paused = schedule.pausedBusinessTime()
                    .plus(schedule.isPaused() ? calendar.between(schedule.pausedSince(), now) : Duration.ZERO);
            figures.add(new Figure(sla.getTarget().name(), schedule.dueAt(), schedule.warnAt(),
                    Figure.humanize(remaining), remaining.toSeconds(), Figure.humanize(paused), schedule.isPaused(),
                    schedule.metAt(), sla.getBreachedAt() != null || schedule.isBreached(now),
                    sla.getCalendarName() + " (" + sla.getCalendarZone() + ")", sla.policyReason()));
        }
        return figures;
    }
}
