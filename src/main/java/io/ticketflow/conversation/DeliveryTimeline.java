package io.ticketflow.conversation;

import io.ticketflow.notification.Audience;
import io.ticketflow.notification.DeliveryEnded;
import io.ticketflow.notification.Notification;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the end of every message to a customer on the ticket's timeline, for the agents: sent, failed after its
 * retries (with the last error), or bounced by the customer's mail server.
 */
@Component
class DeliveryTimeline {

    private final TicketService tickets;

    DeliveryTimeline(TicketService tickets) {
        this.tickets = tickets;
    }

    @EventListener
    void on(DeliveryEnded ended) {
        Notification message = ended.notification();
        if (message.getAudience() != Audience.CUSTOMER || message.getTicketId() == null) {
            return;
        }
        String what = message.getTransport() + " to " + message.getRecipient() + " (" + message.getKind()
                + ", message " + message.getId() + ")";
        switch (message.getStatus()) {
            case SENT -> tickets.recordSystemEvent(message.getTicketId(), TicketEventType.CUSTOMER_MESSAGE_SENT,
                    what);
            case FAILED -> tickets.recordSystemEvent(message.getTicketId(), TicketEventType.CUSTOMER_MESSAGE_FAILED,
                    what + " failed after " + message.getAttempts() + " attempts: " + message.getLastError());
            case BOUNCED -> tickets.recordSystemEvent(message.getTicketId(),
                    TicketEventType.CUSTOMER_MESSAGE_BOUNCED, what + " bounced: " + message.getLastError());
            default -> {
            }
        }
    }
}
