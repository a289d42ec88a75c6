package io.ticketflow.sla;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.NotificationSettings;
import io.ticketflow.notification.Recipient;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.SlaFigures;
import io.ticketflow.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mails of an escalation — the ticket's own SLA target or a journey step's — from the templates
 * {@code sla-warning} (level 0) and {@code sla-breach} (levels 1 and 2), one per recipient, each queued once.
 */
@Component
public class EscalationMails {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CustomerService customers;
    private final MessageTemplates templates;
    private final NotificationOutbox outbox;
    private final NotificationSettings settings;

    EscalationMails(CustomerService customers, MessageTemplates templates, NotificationOutbox outbox,
            NotificationSettings settings) {
        this.customers = customers;
        this.templates = templates;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * What one escalation says: about which ticket, at which priority, whose work (team, assignee), by which
     * policy, which target ("resolution", "step \"Reship the goods\""), due when in which zone, how much business
     * time remains or is overdue, at which level; {@code kind} is the outbox kind, {@code key} what makes each
     * recipient's mail unique.
     */
    public record Notice(Ticket ticket, Priority priority, String team, String assignee, String policy,
            String targetName, Instant dueAt, ZoneId zone, Duration remaining, Duration overdue, int level,
            String kind, String key) {
    }

    public void send(Notice notice, List<Recipient> people) {
        Ticket ticket = notice.ticket();
        Customer customer = customers.get(ticket.getCustomerId());
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.getTicketNumber());
        values.put("subject", ticket.getSubject());
        values.put("customerName", customer.getName());
        values.put("customerTier", customer.getTier().name());
        values.put("team", String.valueOf(notice.team()));
        values.put("assignee", notice.assignee() == null ? "nobody yet" : notice.assignee());
        values.put("priority", notice.priority().name());
        values.put("policy", notice.policy());
        values.put("targetName", notice.targetName());
        values.put("dueAt", LOCAL.format(notice.dueAt().atZone(notice.zone())));
        values.put("zone", notice.zone().getId());
        values.put("remaining", SlaFigures.Figure.humanize(notice.remaining()));
        values.put("overdue", SlaFigures.Figure.humanize(notice.overdue()));
        values.put("level", String.valueOf(notice.level()));
        values.put("link", settings.publicUrl() + "/api/tickets/" + ticket.getId());
        String template = notice.level() == 0 ? "sla-warning" : "sla-breach";
        for (Recipient person : people) {
            values.put("recipientName", person.userId());
            outbox.enqueue(notice.key() + ":" + person.userId(), notice.kind(), ticket.getId(), person,
                    templates.render(template, person.language(), values));
        }
    }
}
