package io.ticketflow.sla;

import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import io.ticketflow.sla.calendar.WorkingCalendar;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.SlaFigures;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketScope;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when an SLA timer fires: a warning before the target is due (level 0), the breach (level 1: the
 * policy's first recipients are told, the ticket is marked breached and its priority raised) and a second-level
 * escalation (level 2). Each level happens at most once per ticket and target (a unique key), only while the target
 * is still open, and only once its time has really come — a timer left over from before a pause does nothing.
 */
@Service
public class SlaEscalations {

    static final int WARNING = 0;
    static final int BREACH = 1;
    static final int LEVEL_TWO = 2;

    private final SlaClocks clocks;
    private final EscalationMapper escalations;
    private final TicketService tickets;
    private final Recipients recipients;
    private final EscalationMails mails;
    private final Clock clock;

    SlaEscalations(SlaClocks clocks, EscalationMapper escalations, TicketService tickets, Recipients recipients,
            EscalationMails mails, Clock clock) {
        this.clocks = clocks;
        this.escalations = escalations;
        this.tickets = tickets;
        this.recipients = recipients;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Handles one fired timer. Does nothing when the target is met, paused, not yet due, or this level already
     * happened.
     */
    @Transactional
    public Outcome escalate(long ticketId, SlaTarget target, int level) {
        TicketSla sla = clocks.find(ticketId, target);
        if (sla == null) {
            return Outcome.NOTHING;
        }
        SlaSchedule schedule = sla.schedule();
        Instant now = clock.instant();
        Instant dueAt = level == WARNING ? schedule.warnAt() : level == BREACH ? schedule.dueAt()
                : schedule.levelTwoAt();
        if (schedule.isMet() || schedule.isPaused() || now.isBefore(dueAt)
                || escalations.existsEscalation(ticketId, target, level)) {
            return Outcome.NOTHING;
        }
        Ticket ticket = tickets.get(ticketId);
        List<String> words = level == WARNING ? List.of(ticket.getAssignee() != null
                ? "user:" + ticket.getAssignee() : Recipients.TEAM) : sla.recipients(level);
        List<Recipient> people = recipients.resolve(words, ticket.getAssignedGroup(), ticket.getRegion());
        try {
            escalations.insertEscalation(new Escalation(ticketId, target, level, now, ticket.getAssignedGroup(),
                    ticket.getRegion(), people.stream().map(Recipient::userId).collect(Collectors.joining(","))));
        } catch (DuplicateKeyException anotherNodeWasFaster) {
            return Outcome.NOTHING;
        }
        WorkingCalendar calendar = clocks.calendarOf(sla);
        String late = SlaFigures.Figure.humanize(calendar.between(schedule.dueAt(), now));
        Priority raised = null;
        if (level == WARNING) {
            tickets.recordSystemEvent(ticketId, TicketEventType.SLA_WARNING, target + " due at " + schedule.dueAt()
                    + "; told " + names(people));
        } else if (level == BREACH) {
            clocks.markBreached(ticketId, target);
            raised = tickets.markBreached(ticketId, target + " missed (due " + schedule.dueAt() + ", " + late
                    + " late); told " + names(people));
        } else {
            tickets.recordSystemEvent(ticketId, TicketEventType.SLA_ESCALATED, target + " escalated to level 2, "
                    + late + " late; told " + names(people));
        }
        notify(ticket, raised != null ? raised : ticket.getPriority(), sla, schedule, level, people, calendar, now);
        return new Outcome(true, raised);
    }

    /** What an escalation did: whether it happened, and the ticket's raised priority after a breach. */
    /** Escalations of tickets still open, newest first, of the tickets the scope sees. */
    public List<Escalation> open(TicketScope scope, int limit) {
        return escalations.findOpenEscalations(scope, limit);
    }

    public record Outcome(boolean happened, Priority raisedPriority) {
        static final Outcome NOTHING = new Outcome(false, null);
    }

    private void notify(Ticket ticket, Priority priority, TicketSla sla, SlaSchedule schedule, int level,
            List<Recipient> people, WorkingCalendar calendar, Instant now) {
        mails.send(new EscalationMails.Notice(ticket, priority, ticket.getAssignedGroup(), ticket.getAssignee(),
                sla.policyReason(), sla.getTarget() == SlaTarget.FIRST_RESPONSE ? "first response" : "resolution",
                schedule.dueAt(), calendar.zone(), calendar.between(now, schedule.dueAt()),
                calendar.between(schedule.dueAt(), now), level,
                level == WARNING ? "SLA_WARNING" : level == BREACH ? "SLA_BREACH" : "SLA_LEVEL_TWO",
                "sla:" + ticket.getId() + ":" + sla.getTarget() + ":" + level), people);
    }

    private static String names(List<Recipient> people) {
        return people.isEmpty() ? "nobody (no recipient with an e-mail address)"
                : people.stream().map(Recipient::userId).collect(Collectors.joining(", "));
    }
}
