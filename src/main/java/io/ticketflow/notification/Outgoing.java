package io.ticketflow.notification;

import java.util.List;

/**
 * One message to queue in the outbox.
 *
 * @param idempotencyKey the same key queued twice is one message, also across nodes
 * @param kind what it is about, for lists and filters (SLA_WARNING, CUSTOMER_REPLY, WEBHOOK_EVENT, ...)
 * @param ticketId the ticket it is about, or null
 * @param transport how it leaves
 * @param target what it leaves through: the channel whose callback, the gateway; null for mail
 * @param payload the JSON body of an HTTP transport; null for mail
 * @param threading for mail, the message it answers and the thread's earlier messages; null otherwise
 * @param attachmentIds files to attach to a mail (ids of the ticket's attachments)
 * @param ticketEventId the timeline entry it tells about, or null
 * @param subscriptionId the webhook subscription it is delivered to, or null
 */
public record Outgoing(String idempotencyKey, String kind, Long ticketId, Audience audience, Transport transport,
        String target, Recipient recipient, Message message, String payload, Threading threading,
        List<Long> attachmentIds, Long ticketEventId, Long subscriptionId) {

    public Outgoing {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A plain e-mail to a member of staff. */
    public static Outgoing staffMail(String idempotencyKey, String kind, Long ticketId, Recipient recipient,
            Message message) {
        return new Outgoing(idempotencyKey, kind, ticketId, Audience.STAFF, Transport.MAIL, null, recipient, message,
                null, null, List.of(), null, null);
    }

    /** The mail headers that keep a conversation in one thread: In-Reply-To and References. */
    public record Threading(String inReplyTo, List<String> references) {

        public Threading {
            references = references == null ? List.of() : List.copyOf(references);
        }
    }
}
