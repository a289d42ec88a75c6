package io.ticketflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
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

    /** Sends what is due now; returns how many were sent. */
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        Instant now = clock.instant();
        List<Long> due = notifications.findDueIds(now, BATCH);
        for (long id : due) {
            if (notifications.claim(id, now, now.plus(settings.lease())) == 1 && send(sender, id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, long id) {
        Notification notification = notifications.findNotification(id);
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(notification.getRecipient());
            helper.setSubject(notification.getSubject());
            helper.setText(notification.getBody(), false);
            mime.saveChanges();
            mime.setHeader("Message-ID", notification.getMessageId());
            sender.send(mime);
            notifications.markSent(id, clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            error = error.length() > 1000 ? error.substring(0, 1000) : error;
            if (notification.getAttempts() >= settings.maxAttempts()) {
                notifications.markFailed(id, error);
                log.warn("Notification {} to {} failed for good after {} attempts: {}", id,
                        notification.getRecipient(), notification.getAttempts(), error);
            } else {
                notifications.markRetry(id, clock.instant().plus(settings.retryAfter(notification.getAttempts())),
                        error);
            }
            return false;
        }
    }
}
