package io.ticketflow.notification;

/**
 * Whom to tell: their user id (null for someone who is not staff), their address on the transport (an e-mail
 * address, a phone number, a channel user id, a URL) and the language they read ({@code zh} or {@code en}).
 */
public record Recipient(String userId, String address, String language) {

    /** A member of staff or a plain address, reading the default language. */
    public Recipient(String userId, String address) {
        this(userId, address, null);
    }
}
