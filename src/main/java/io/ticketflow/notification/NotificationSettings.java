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
 * @param refusedAttempts attempts of a message its receiver refuses (a 4xx other than 408 and 429) before it is
 *        FAILED: a dead letter an admin may send again
 * @param staffLanguage the language of staff notifications for users without a {@code language} user info
 * @param firstRetryAfter wait after the first failure; doubled after each further one
 * @param maxRetryAfter the longest wait between attempts
 * @param lease how long a sender may take over a notification before another node may retry it
 * @param allowLoopback whether HTTP transports may call this machine (127.0.0.1, localhost) and over plain http: for
 *        tests and the demo's local receivers only; otherwise every outbound URL is https
 * @param connectTimeout how long an HTTP transport waits for a connection
 * @param requestTimeout how long an HTTP transport waits for the receiver's answer
 */
@ConfigurationProperties("ticketflow.notification")
public record NotificationSettings(@DefaultValue("ticketflow@localhost") String from,
        @DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("8") int maxAttempts,
        @DefaultValue("3") int refusedAttempts, @DefaultValue("en") String staffLanguage,
        @DefaultValue("PT30S") Duration firstRetryAfter, @DefaultValue("PT1H") Duration maxRetryAfter,
        @DefaultValue("PT1M") Duration lease, @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration requestTimeout) {

    /** Back-off after {@code attempts} failed attempts: 30 s, 1 min, 2 min, ... up to the maximum. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
