package io.ticketflow.notification;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** One message to one recipient ({@code tf_notification}), on one transport. Fields are set by MyBatis. */
public class Notification {

    private static final SecureRandom RANDOM = new SecureRandom();

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
    private Audience audience;
    private Transport transport;
    private String target;
    private String payload;
    private String inReplyTo;
    private String referenceIds;
    private String attachmentIds;
    private Long ticketEventId;
    private Long subscriptionId;

    Notification() {
    }

    Notification(Outgoing outgoing, Instant now) {
        this.idempotencyKey = outgoing.idempotencyKey();
        this.kind = outgoing.kind();
        this.ticketId = outgoing.ticketId();
        this.recipient = outgoing.recipient().address();
        this.recipientUser = outgoing.recipient().userId();
        this.subject = outgoing.message().subject();
        this.body = outgoing.message().body();
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.messageId = outgoing.transport() == Transport.MAIL
                ? "<" + idOf(idempotencyKey) + "." + unguessable() + "@ticketflow>" : idOf(idempotencyKey);
        this.createdAt = now;
        this.audience = outgoing.audience();
        this.transport = outgoing.transport();
        this.target = outgoing.target();
        this.payload = outgoing.payload();
        if (outgoing.threading() != null) {
            this.inReplyTo = outgoing.threading().inReplyTo();
            this.referenceIds = String.join(" ", outgoing.threading().references());
        }
        this.attachmentIds = outgoing.attachmentIds().isEmpty() ? null
                : outgoing.attachmentIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.ticketEventId = outgoing.ticketEventId();
        this.subscriptionId = outgoing.subscriptionId();
    }

    /**
     * The stable id of the message with this key: an HTTP call's {@code X-Ticketflow-Message-Id} (also the {@code id}
     * in a callback's body). A mail's Message-ID is {@code <id.<random>@ticketflow>}: the random part makes it
     * impossible to guess, so nobody can answer, claim or bounce a mail they were not sent.
     */
    public static String idOf(String idempotencyKey) {
        return idempotencyKey.replaceAll("[^A-Za-z0-9.-]", ".");
    }

    private static String unguessable() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
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

    public Audience getAudience() {
        return audience;
    }

    public Transport getTransport() {
        return transport;
    }

    public String getTarget() {
        return target;
    }

    public String getPayload() {
        return payload;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    /** The thread's earlier Message-IDs, oldest first, space-separated as the References header wants them. */
    public String getReferenceIds() {
        return referenceIds;
    }

    public List<Long> attachments() {
        return attachmentIds == null || attachmentIds.isBlank() ? List.of()
                : Arrays.stream(attachmentIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getTicketEventId() {
        return ticketEventId;
    }

    public Long getSubscriptionId() {
        return subscriptionId;
    }
}
