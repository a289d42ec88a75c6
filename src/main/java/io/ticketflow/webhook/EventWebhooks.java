package io.ticketflow.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.notification.Audience;
import io.ticketflow.notification.Message;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.Outgoing;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Transport;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEvents;
import io.ticketflow.ticket.TicketService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns timeline events into webhook deliveries: for every subscription that wants the event, one signed message in
 * the outbox, queued in the transaction that wrote the timeline — so no event is lost and none is made up. The
 * payload's {@code id} ({@code evt-<timeline entry>}) is the same for every subscriber and every retry, the dedupe
 * key; {@code sequence} grows with each of a ticket's events, so a receiver can order what arrives out of order.
 */
@Component
class EventWebhooks {

    static final String KIND = "WEBHOOK_EVENT";

    private final WebhookSubscriptions subscriptions;
    private final TicketService tickets;
    private final NotificationOutbox outbox;
    private final ObjectMapper json;

    EventWebhooks(WebhookSubscriptions subscriptions, TicketService tickets, NotificationOutbox outbox,
            ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.tickets = tickets;
        this.outbox = outbox;
        this.json = json;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketEvents.Recorded recorded) {
        Optional<WebhookEvent> event = WebhookEvent.of(recorded.type());
        if (event.isEmpty()) {
            return;
        }
        List<WebhookSubscription> wanting = subscriptions.all().stream()
                .filter(subscription -> subscription.wants(event.get())).toList();
        if (wanting.isEmpty()) {
            return;
        }
        Ticket ticket = tickets.get(recorded.ticketId());
        String payload = payload(event.get(), recorded, ticket);
        for (WebhookSubscription subscription : wanting) {
            outbox.enqueue(new Outgoing("webhook:" + subscription.id() + ":" + recorded.eventId(), KIND,
                    ticket.getId(), Audience.INTEGRATOR, Transport.WEBHOOK, String.valueOf(subscription.id()),
                    new Recipient(subscription.createdBy(), subscription.url()),
                    new Message(event.get().wireName(), ticket.getTicketNumber()), payload, null, List.of(),
                    recorded.eventId(), subscription.id()));
        }
    }

    private String payload(WebhookEvent event, TicketEvents.Recorded recorded, Ticket ticket) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("id", ticket.getId());
        about.put("number", ticket.getTicketNumber());
        about.put("status", ticket.getStatus().name());
        about.put("channel", ticket.getChannel().name());
        about.put("category", ticket.getCategory());
        about.put("priority", ticket.getPriority().name());
        about.put("region", ticket.getRegion());
        about.put("team", ticket.getAssignedGroup());
        about.put("assignee", ticket.getAssignee());
        about.put("journey", ticket.getJourneyKey());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", "evt-" + recorded.eventId());
        payload.put("type", event.wireName());
        payload.put("sequence", recorded.eventId());
        payload.put("occurredAt", recorded.at().toString());
        payload.put("timelineEvent", recorded.type().name());
        payload.put("actor", recorded.actor());
        payload.put("detail", recorded.detail());
        payload.put("ticket", about);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
