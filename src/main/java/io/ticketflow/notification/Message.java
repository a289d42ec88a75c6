package io.ticketflow.notification;

/** A rendered message: subject and plain-text body. */
public record Message(String subject, String body) {
}
