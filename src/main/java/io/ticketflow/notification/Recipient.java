package io.ticketflow.notification;

/** A person to tell: their user id (null for a plain address) and e-mail address. */
public record Recipient(String userId, String email) {
}
