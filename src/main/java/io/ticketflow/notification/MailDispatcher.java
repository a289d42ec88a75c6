package io.ticketflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox by e-mail when an SMTP server is configured ({@code spring.mail.host}); without one the
 * notifications stay PENDING in the outbox, visible over the API. Each notification is claimed by one sender
 * (a row update), sent with its stable Message-ID, then marked SENT; a failure is retried with back-off until
 * {@code max-attempts}, then FAILED. A sender that dies mid-way loses its lease and another node retries; the stable
 * Message-ID lets mail servers drop the rare duplicate.
 */
@Component
public class MailDispatcher {

    static final int BATCH = 50;
    /** A backlog is drained batch after batch for this long, then the scheduler's other tasks get their turn. */
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final NotificationMapper notifications;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final Clock clock;

    MailDispatcher(NotificationMapper notifications, ObjectProvider<JavaMailSender> mailSender,
            NotificationSettings settings, Clock clock) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ticketflow.notification.poll-interval:PT2S}")
    void poll() {
        dispatchDue();
    }

    /**
     * Sends what is due now, a batch at a time over one SMTP connection while full batches keep coming (for up to
     * ten seconds); returns how many were sent.
     */
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        long deadline = System.nanoTime() + DRAIN_NANOS;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = notifications.findDueIds(now, BATCH);
            Map<MimeMessage, Notification> batch = new LinkedHashMap<>();
            for (long id : due) {
                if (notifications.claim(id, now, now.plus(settings.lease())) == 1) {
                    Notification notification = notifications.findNotification(id);
                    try {
                        batch.put(mime(sender, notification), notification);
                    } catch (MessagingException e) {
                        failed(notification, e);
                    }
                }
            }
            sent += send(sender, batch);
        } while (due.size() == BATCH && System.nanoTime() < deadline);
        return sent;
    }

    /** Sends the batch over one connection; marks each message sent or failed; answers how many were sent. */
    private int send(JavaMailSender sender, Map<MimeMessage, Notification> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            sender.send(batch.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
        } catch (MailException e) {
            failures = new HashMap<>();
            for (MimeMessage message : batch.keySet()) {
                failures.put(message, e);
            }
        }
        int sent = 0;
        for (Map.Entry<MimeMessage, Notification> entry : batch.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                notifications.markSent(entry.getValue().getId(), clock.instant());
                sent++;
            } else {
                failed(entry.getValue(), failure);
            }
        }
        return sent;
    }

    private MimeMessage mime(JavaMailSender sender, Notification notification) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(notification.getRecipient());
        helper.setSubject(notification.getSubject());
        helper.setText(notification.getBody(), false);
        mime.saveChanges();
        mime.setHeader("Message-ID", notification.getMessageId());
        // RFC 3834: no person wrote it, so no auto-responder answers it (and our own mailbox takes none of it in).
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    private void failed(Notification notification, Exception e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (notification.getAttempts() >= settings.maxAttempts()) {
            notifications.markFailed(notification.getId(), error);
            log.warn("Notification {} to {} failed for good after {} attempts: {}", notification.getId(),
                    notification.getRecipient(), notification.getAttempts(), error);
        } else {
            notifications.markRetry(notification.getId(), clock.instant().plus(settings.retryAfter(
                    notification.getAttempts())), error);
        }
    }
}
