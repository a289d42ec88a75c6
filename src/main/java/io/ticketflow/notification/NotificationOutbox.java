package io.ticketflow.notification;

import io.ticketflow.ticket.TicketScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    NotificationOutbox(NotificationMapper notifications, ApplicationEventPublisher publisher, Clock clock) {
        this.notifications = notifications;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Queues one e-mail to a member of staff; false when a notification with this key already exists. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String idempotencyKey, String kind, Long ticketId, Recipient recipient, Message message) {
        return enqueue(Outgoing.staffMail(idempotencyKey, kind, ticketId, recipient, message)).isPresent();
    }

    /** Queues one message; empty when a message with its key already exists. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Notification> enqueue(Outgoing outgoing) {
        if (notifications.existsWithKey(outgoing.idempotencyKey())) {
            return Optional.empty();
        }
        Notification notification = new Notification(outgoing, clock.instant());
        try {
            notifications.insertNotification(notification);
            return Optional.of(notification);
        } catch (DuplicateKeyException sameKeyFromAnotherNode) {
            return Optional.empty();
        }
    }

    /**
     * Notifications, newest first, of one ticket, one kind and one audience when given, within a scope: those about
     * tickets it sees and those addressed to its user.
     */
    public List<Notification> find(Long ticketId, String kind, Audience audience, TicketScope scope, int limit) {
        return notifications.findNotifications(ticketId, kind, audience, scope, limit);
    }

    public List<Notification> find(Long ticketId, String kind, TicketScope scope, int limit) {
        return find(ticketId, kind, null, scope, limit);
    }

    public Optional<Notification> get(long id) {
        return Optional.ofNullable(notifications.findNotification(id));
    }

    /** Messages that FAILED after their attempts, newest first. */
    public List<Notification> failed(int limit) {
        return notifications.findFailed(limit);
    }

    /** The deliveries of one webhook subscription, newest first, of one status when given. */
    public List<Notification> ofSubscription(long subscriptionId, NotificationStatus status, int limit) {
        return notifications.findOfSubscription(subscriptionId, status, limit);
    }

    /**
     * A mail server bounced the message we sent with this Message-ID: it is BOUNCED, with the reason. Empty when no
     * sent message of ours has the id.
     */
    @Transactional
    public Optional<Notification> bounced(String messageId, String reason) {
        Notification sent = notifications.findByMessageId(messageId);
        if (sent == null || notifications.markBounced(sent.getId(), clip(reason)) == 0) {
            return Optional.empty();
        }
        Notification bounced = notifications.findNotification(sent.getId());
        publisher.publishEvent(new DeliveryEnded(bounced));
        return Optional.of(bounced);
    }

    /** The unsent deliveries of a deleted webhook subscription end as FAILED with the reason; how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int abandonSubscription(long subscriptionId, String reason) {
        return notifications.failUnsentOfSubscription(subscriptionId, clip(reason));
    }

    /** An admin sends a FAILED message again, from its first attempt; false when it is not FAILED. */
    @Transactional
    public boolean resend(long id) {
        return notifications.resend(id, clock.instant()) == 1;
    }

    static String clip(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
