package io.ticketflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, one loop for every transport (decision record 0008). Each message is claimed by one node (a
 * row update that also leases it), handed to its transport's {@link OutboundSender}, then marked: SENT; retried with
 * back-off until {@code max-attempts} and then FAILED; or — when the receiver refused it (4xx) — FAILED after
 * {@code refused-attempts}. A node that dies mid-way loses its lease and another retries; the stable message id (the
 * Message-ID of a mail, the {@code id} of a callback or webhook) lets receivers drop the rare duplicate. Messages of a
 * transport that is not configured wait, visible over the API.
 */
@Component
public class OutboxDispatcher {

    static final int BATCH = 50;
    /** A backlog is drained batch after batch for this long, then the scheduler's other tasks get their turn. */
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final NotificationMapper notifications;
    private final Map<Transport, OutboundSender> senders = new EnumMap<>(Transport.class);
    private final NotificationSettings settings;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    OutboxDispatcher(NotificationMapper notifications, List<OutboundSender> senders, NotificationSettings settings,
            TransactionTemplate transaction, ApplicationEventPublisher publisher, Clock clock) {
        this.notifications = notifications;
        senders.forEach(sender -> this.senders.put(sender.transport(), sender));
        this.settings = settings;
        this.transaction = transaction;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ticketflow.notification.poll-interval:PT2S}")
    void poll() {
        dispatchDue();
    }

    /**
     * Sends what is due now: mail first, a batch at a time over one SMTP connection; then the HTTP transports one
     * message at a time, each claimed just before its call (so a slow receiver never outlasts a lease), skipping for
     * the rest of the pass the other messages of a receiver that just failed (one timeout per receiver, not one per
     * message). Each part drains full batches for up to ten seconds, then the next gets its turn. Answers how many
     * were sent.
     */
    public int dispatchDue() {
        int sent = 0;
        for (Transport transport : Transport.values()) {
            OutboundSender sender = senders.get(transport);
            if (sender != null && sender.ready()) {
                sent += transport == Transport.MAIL ? drainInBatches(sender) : drainOneByOne(sender);
            }
        }
        return sent;
    }

    private int drainInBatches(OutboundSender sender) {
        int sent = 0;
        long deadline = System.nanoTime() + DRAIN_NANOS;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = notifications.findDueIds(now, List.of(sender.transport()), BATCH);
            List<Notification> claimed = new ArrayList<>();
            for (long id : due) {
                if (notifications.claim(id, now, now.plus(settings.lease())) == 1) {
                    claimed.add(notifications.findNotification(id));
                }
            }
            sent += send(sender, claimed);
        } while (due.size() == BATCH && System.nanoTime() < deadline);
        return sent;
    }

    private int drainOneByOne(OutboundSender sender) {
        int sent = 0;
        long deadline = System.nanoTime() + DRAIN_NANOS;
        Set<String> failedReceivers = new HashSet<>();
        List<Long> due;
        do {
            due = notifications.findDueIds(clock.instant(), List.of(sender.transport()), BATCH);
            for (long id : due) {
                Notification message = notifications.findNotification(id);
                Instant now = clock.instant();
                if (failedReceivers.contains(receiverOf(message)) || System.nanoTime() > deadline
                        || notifications.claim(id, now, now.plus(settings.lease())) != 1) {
                    continue;
                }
                int delivered = send(sender, List.of(notifications.findNotification(id)));
                if (delivered == 0) {
                    failedReceivers.add(receiverOf(message));
                }
                sent += delivered;
            }
        } while (due.size() == BATCH && System.nanoTime() < deadline);
        return sent;
    }

    /** Who receives a message over HTTP: its webhook subscription, else its target (the channel, the gateway). */
    private static String receiverOf(Notification message) {
        return message.getSubscriptionId() != null ? "subscription:" + message.getSubscriptionId()
                : "target:" + message.getTarget();
    }

    private int send(OutboundSender sender, List<Notification> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Long, OutboundSender.Outcome> outcomes;
        try {
            outcomes = sender.send(batch);
        } catch (RuntimeException e) {
            log.warn("The {} sender failed on a batch of {}", sender.transport(), batch.size(), e);
            outcomes = Map.of();
        }
        int sent = 0;
        for (Notification notification : batch) {
            OutboundSender.Outcome outcome = outcomes.getOrDefault(notification.getId(),
                    OutboundSender.Outcome.retry("the " + sender.transport() + " sender gave no outcome"));
            if (outcome instanceof OutboundSender.Delivered) {
                ended(notification, () -> notifications.markSent(notification.getId(), clock.instant()));
                sent++;
            } else if (outcome instanceof OutboundSender.Refused refused) {
                failed(notification, refused.error(), settings.refusedAttempts());
            } else {
                failed(notification, ((OutboundSender.Retry) outcome).error(), settings.maxAttempts());
            }
        }
        return sent;
    }

    private void failed(Notification notification, String error, int maxAttempts) {
        String clipped = NotificationOutbox.clip(error);
        if (notification.getAttempts() >= maxAttempts) {
            ended(notification, () -> notifications.markFailed(notification.getId(), clipped));
            log.warn("{} {} to {} failed for good after {} attempts: {}", notification.getTransport(),
                    notification.getId(), notification.getRecipient(), notification.getAttempts(), clipped);
        } else {
            notifications.markRetry(notification.getId(), clock.instant().plus(settings.retryAfter(
                    notification.getAttempts())), clipped);
        }
    }

    /** Marks the message's end and tells who listens, in one transaction. */
    private void ended(Notification notification, Runnable mark) {
        transaction.executeWithoutResult(tx -> {
            mark.run();
            publisher.publishEvent(new DeliveryEnded(notifications.findNotification(notification.getId())));
        });
    }
}
