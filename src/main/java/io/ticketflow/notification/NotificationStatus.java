package io.ticketflow.notification;

/**
 * Where a message stands: waiting (or retrying), being sent by one node, delivered, given up after its attempts
 * (a dead letter an admin may send again), or delivered and then bounced back by the recipient's mail server.
 */
public enum NotificationStatus {
    PENDING, SENDING, SENT, FAILED, BOUNCED
}
