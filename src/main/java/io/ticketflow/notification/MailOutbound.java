package io.ticketflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The MAIL transport: a batch over one SMTP connection when a server is configured ({@code spring.mail.host}). Each
 * mail has its stable Message-ID, threading headers when it answers the customer, its files, and
 * {@code Auto-Submitted: auto-generated} (RFC 3834) so no auto-responder answers it.
 */
@Component
class MailOutbound implements OutboundSender {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailAttachments attachments;
    private final NotificationSettings settings;

    MailOutbound(ObjectProvider<JavaMailSender> mailSender, MailAttachments attachments,
            NotificationSettings settings) {
        this.mailSender = mailSender;
        this.attachments = attachments;
        this.settings = settings;
    }

    @Override
    public Transport transport() {
        return Transport.MAIL;
    }

    @Override
    public boolean ready() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    public Map<Long, Outcome> send(List<Notification> batch) {
        JavaMailSender sender = mailSender.getObject();
        Map<Long, Outcome> outcomes = new HashMap<>();
        Map<MimeMessage, Notification> mimes = new LinkedHashMap<>();
        for (Notification notification : batch) {
            try {
                mimes.put(mime(sender, notification), notification);
            } catch (MessagingException | RuntimeException e) {
                outcomes.put(notification.getId(), Outcome.refused(describe(e)));
            }
        }
        if (mimes.isEmpty()) {
            return outcomes;
        }
        Map<Object, Exception> failures = Map.of();
        try {
            sender.send(mimes.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
        } catch (MailException e) {
            failures = new HashMap<>();
            for (MimeMessage message : mimes.keySet()) {
                failures.put(message, e);
            }
        }
        for (Map.Entry<MimeMessage, Notification> entry : mimes.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            outcomes.put(entry.getValue().getId(), failure == null ? Outcome.delivered()
                    : Outcome.retry(describe(failure)));
        }
        return outcomes;
    }

    private MimeMessage mime(JavaMailSender sender, Notification notification) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        List<MailAttachments.MailFile> files = attachments.load(notification.attachments());
        MimeMessageHelper helper = new MimeMessageHelper(mime, !files.isEmpty(), "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(notification.getRecipient());
        helper.setSubject(notification.getSubject());
        helper.setText(notification.getBody(), false);
        for (MailAttachments.MailFile file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        mime.saveChanges();
        mime.setHeader("Message-ID", notification.getMessageId());
        if (notification.getInReplyTo() != null) {
            mime.setHeader("In-Reply-To", notification.getInReplyTo());
        }
        if (notification.getReferenceIds() != null && !notification.getReferenceIds().isBlank()) {
            mime.setHeader("References", notification.getReferenceIds());
        }
        // RFC 3834: no person wrote it, so no auto-responder answers it (and our own mailbox takes none of it in).
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
