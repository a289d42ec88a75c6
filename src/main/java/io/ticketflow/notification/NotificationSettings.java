package io.ticketflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code ticketflow.notification.*}).
 *
 * @param from the sender address of every e-mail
 * @param publicUrl where people reach Ticketflow, for links in e-mails
 * @param maxAttempts delivery attempts before a notification is FAILED
 * @param firstRetryAfter wait after the first failure; doubled after each further one
 * @param maxRetryAfter the longest wait between attempts
 * @param lease how long a sender may take over a notification before another node may retry it
 */
@ConfigurationProperties("ticketflow.notification")
public record NotificationSettings(@DefaultValue("ticketflow@localhost") String from,
        @DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetryAfter, @DefaultValue("PT1H") Duration maxRetryAfter,
        @DefaultValue("PT1M") Duration lease) {

    /** Back-off after {@code attempts} failed attempts: 30 s, 1 min, 2 min, ... up to the maximum. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
