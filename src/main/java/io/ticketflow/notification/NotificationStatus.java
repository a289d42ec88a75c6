package io.ticketflow.notification;

/** Where a notification stands: waiting (or retrying), being sent by one node, delivered, given up. */
public enum NotificationStatus {
    PENDING, SENDING, SENT, FAILED
}
