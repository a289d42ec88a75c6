package io.ticketflow.customer;

import java.time.Instant;

/** One way a customer is recognised; unique across customers. */
public record CustomerIdentity(Long id, long customerId, IdentityKind kind, String channel, String externalId,
        Instant createdAt) {

    /** The channel column of e-mail and phone identities. */
    static final String ANY_CHANNEL = "-";
}
