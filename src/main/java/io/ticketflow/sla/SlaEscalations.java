package io.ticketflow.sla;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.notification.MailTemplates;
import io.ticketflow.notification.Message;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.NotificationSettings;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import io.ticketflow.sla.calendar.WorkingCalendar;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.SlaFigures;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SlaClocks clocks;
    private final EscalationMapper escalations;
    private final TicketService tickets;
    private final CustomerService customers;
    private final Recipients recipients;
    private final MailTemplates templates;
    private final NotificationOutbox outbox;
    private final NotificationSettings settings;
    private final Clock clock;

    SlaEscalations(SlaClocks clocks, EscalationMapper escalations, TicketService tickets, CustomerService customers,
            Recipients recipients, MailTemplates templates, NotificationOutbox outbox, NotificationSettings settings,
            Clock clock) {
        this.clocks = clocks;
        this.escalations = escalations;
        this.tickets = tickets;
        this.customers = customers;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.settings = settings;
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
    public record Outcome(boolean happened, Priority raisedPriority) {
        static final Outcome NOTHING = new Outcome(false, null);
    }

    private void notify(Ticket ticket, Priority priority, TicketSla sla, SlaSchedule schedule, int level,
            List<Recipient> people, WorkingCalendar calendar, Instant now) {
        Customer customer = customers.get(ticket.getCustomerId());
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.getTicketNumber());
        values.put("subject", ticket.getSubject());
        values.put("customerName", customer.getName());
        values.put("customerTier", customer.getTier().name());
        values.put("team", String.valueOf(ticket.getAssignedGroup()));
        values.put("assignee", ticket.getAssignee() == null ? "nobody yet" : ticket.getAssignee());
        values.put("priority", priority.name());
        values.put("policy", sla.policyReason());
        values.put("targetName", sla.getTarget() == SlaTarget.FIRST_RESPONSE ? "first response" : "resolution");
        values.put("dueAt", LOCAL.format(schedule.dueAt().atZone(calendar.zone())));
        values.put("zone", calendar.zone().getId());
        values.put("remaining", SlaFigures.Figure.humanize(calendar.between(now, schedule.dueAt())));
        values.put("overdue", SlaFigures.Figure.humanize(calendar.between(schedule.dueAt(), now)));
        values.put("level", String.valueOf(level));
        values.put("link", settings.publicUrl() + "/api/tickets/" + ticket.getId());
        String template = level == WARNING ? "sla-warning" : "sla-breach";
        String kind = level == WARNING ? "SLA_WARNING" : level == BREACH ? "SLA_BREACH" : "SLA_LEVEL_TWO";
        for (Recipient person : people) {
            values.put("recipientName", person.userId());
            Message message = templates.render(template, values);
            outbox.enqueue("sla:" + ticket.getId() + ":" + sla.getTarget() + ":" + level + ":" + person.userId(),
                    kind, ticket.getId(), person, message);
        }
    }

    private static String names(List<Recipient> people) {
        return people.isEmpty() ? "nobody (no recipient with an e-mail address)"
                : people.stream().map(Recipient::userId).collect(Collectors.joining(", "));
    }
}
