package io.ticketflow.notification;

import java.time.Instant;

/** One message to one person ({@code tf_notification}). Fields are set by MyBatis. */
public class Notification {

    private Long id;
    private String idempotencyKey;
    private String kind;
    private Long ticketId;
    private String recipient;
    private String recipientUser;
    private String subject;
    private String body;
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private String messageId;
    private Instant createdAt;
    private Instant sentAt;

    Notification() {
    }

    Notification(String idempotencyKey, String kind, Long ticketId, Recipient recipient, Message message,
            Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.ticketId = ticketId;
        this.recipient = recipient.email();
        this.recipientUser = recipient.userId();
        this.subject = message.subject();
        this.body = message.body();
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.messageId = "<" + idempotencyKey.replaceAll("[^A-Za-z0-9.-]", ".") + "@ticketflow>";
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getKind() {
        return kind;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientUser() {
        return recipientUser;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getMessageId() {
        return messageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
