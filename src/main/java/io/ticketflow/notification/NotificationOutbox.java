package io.ticketflow.notification;

import io.ticketflow.ticket.TicketScope;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications into the outbox within the caller's transaction: the intent to tell someone commits with the
 * change that caused it, or not at all. The idempotency key makes a second request for the same notification a
 * no-op, also across nodes.
 */
@Service
public class NotificationOutbox {

    private final NotificationMapper notifications;
    private final Clock clock;

    NotificationOutbox(NotificationMapper notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Queues one message to one person; returns false when a notification with this key already exists. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String idempotencyKey, String kind, Long ticketId, Recipient recipient, Message message) {
        if (notifications.existsWithKey(idempotencyKey)) {
            return false;
        }
        try {
            notifications.insertNotification(new Notification(idempotencyKey, kind, ticketId, recipient, message,
                    clock.instant()));
            return true;
        } catch (DuplicateKeyException sameKeyFromAnotherNode) {
            return false;
        }
    }

    /**
     * Notifications, newest first, of one ticket and/or one kind when given, within a scope: those about tickets it
     * sees and those addressed to its user.
     */
    public List<Notification> find(Long ticketId, String kind, TicketScope scope, int limit) {
        return notifications.findNotifications(ticketId, kind, scope, limit);
    }
}
