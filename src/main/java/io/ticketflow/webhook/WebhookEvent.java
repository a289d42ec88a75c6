package io.ticketflow.webhook;

import io.ticketflow.ticket.TicketEventType;
import java.util.Arrays;
import java.util.Optional;

/** The ticket events an integrator can subscribe to, and the timeline events each stands for. */
enum WebhookEvent {
    TICKET_CREATED("ticket.created", TicketEventType.CREATED),
    TICKET_ASSIGNED("ticket.assigned", TicketEventType.ASSIGNED),
    TICKET_REPLIED("ticket.replied", TicketEventType.REPLIED),
    TICKET_CUSTOMER_REPLIED("ticket.customer_replied", TicketEventType.CUSTOMER_REPLIED,
            TicketEventType.MESSAGE_MERGED),
    TICKET_WAITING_ON_CUSTOMER("ticket.waiting_on_customer", TicketEventType.AWAITING_CUSTOMER),
    TICKET_ESCALATED("ticket.escalated", TicketEventType.SLA_ESCALATED, TicketEventType.STEP_ESCALATED),
    TICKET_RESOLVED("ticket.resolved", TicketEventType.RESOLVED),
    TICKET_REOPENED("ticket.reopened", TicketEventType.REOPENED),
    TICKET_CLOSED("ticket.closed", TicketEventType.CLOSED, TicketEventType.AUTO_CLOSED),
    TICKET_RATED("ticket.rated", TicketEventType.RESOLUTION_ACCEPTED, TicketEventType.RATED),
    TICKET_SETTLED("ticket.settled", TicketEventType.SETTLED),
    STEP_STARTED("step.started", TicketEventType.STEP_STARTED),
    STEP_DONE("step.done", TicketEventType.STEP_DONE);

    private final String wireName;
    private final TicketEventType[] types;

    WebhookEvent(String wireName, TicketEventType... types) {
        this.wireName = wireName;
        this.types = types;
    }

    /** The name in subscriptions and payloads, e.g. {@code ticket.resolved}. */
    String wireName() {
        return wireName;
    }

    static Optional<WebhookEvent> of(TicketEventType type) {
        return Arrays.stream(values()).filter(event -> Arrays.asList(event.types).contains(type)).findFirst();
    }

    static Optional<WebhookEvent> named(String wireName) {
        return Arrays.stream(values()).filter(event -> event.wireName.equals(wireName)).findFirst();
    }
}
