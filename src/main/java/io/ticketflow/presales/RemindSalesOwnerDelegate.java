package io.ticketflow.presales;

import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.NotificationSettings;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A follow-up reminder on a pre-sales inquiry still being consulted: the sales owner (the ticket's assignee, or its
 * team while nobody has it) gets a mail, and the timeline says so. Each firing of the reminder timer mails once.
 */
@ProcessBean
@Component("remindSalesOwnerDelegate")
class RemindSalesOwnerDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final Recipients recipients;
    private final MessageTemplates templates;
    private final NotificationOutbox outbox;
    private final NotificationSettings settings;

    RemindSalesOwnerDelegate(TicketService tickets, Recipients recipients, MessageTemplates templates,
            NotificationOutbox outbox, NotificationSettings settings) {
        this.tickets = tickets;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(execution));
        List<Recipient> owners = recipients.resolve(List.of(ticket.getAssignee() != null
                ? "user:" + ticket.getAssignee() : Recipients.TEAM), ticket.getAssignedGroup(), ticket.getRegion());
        Map<String, String> values = new HashMap<>();
        values.put("ticketNumber", ticket.getTicketNumber());
        values.put("subject", ticket.getSubject());
        values.put("opportunity", String.valueOf(ticket.getOpportunityId()));
        values.put("link", settings.publicUrl() + "/api/tickets/" + ticket.getId());
        for (Recipient owner : owners) {
            values.put("recipientName", owner.userId());
            outbox.enqueue("follow-up:" + execution.getId() + ":" + owner.userId(), "FOLLOW_UP", ticket.getId(),
                    owner, templates.render("sales-follow-up", owner.language(), values));
        }
        tickets.recordSystemEvent(ticket.getId(), TicketEventType.FOLLOW_UP_REMINDER, "follow up with the customer; "
                + "told " + (owners.isEmpty() ? "nobody (no recipient with an e-mail address)"
                : owners.stream().map(Recipient::userId).collect(Collectors.joining(", "))));
    }
}
