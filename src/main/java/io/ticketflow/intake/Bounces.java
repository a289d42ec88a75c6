package io.ticketflow.intake;

import io.ticketflow.notification.NotificationOutbox;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A bounce is recorded against the message it bounced: the delivery report quotes our mail's Message-ID (in its
 * returned headers or text), which names the message in the outbox; it is marked BOUNCED with the report's
 * diagnostic, and the ticket's timeline says so. A bounce of a mail that is not ours changes nothing.
 */
@Component
class Bounces {

    /** The Message-IDs Ticketflow gives its mails (notification.Notification). */
    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<[A-Za-z0-9.-]{1,240}\\.[0-9a-f]{24}@ticketflow>");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?im)^(?:Diagnostic-Code|Status|Action):\\s*(.+)$");
    private static final int MAX_SCAN = 256 * 1024;

    private final NotificationOutbox outbox;

    Bounces(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    /** Marks the message the bounce names as BOUNCED; its Message-ID, or empty when it names none of ours. */
    Optional<String> record(MimeMessage bounce) throws MessagingException, IOException {
        String text = raw(bounce);
        Matcher ours = OUR_MESSAGE_ID.matcher(text);
        while (ours.find()) {
            String messageId = ours.group();
            if (outbox.bounced(messageId, reason(bounce, text)).isPresent()) {
                return Optional.of(messageId);
            }
        }
        return Optional.empty();
    }

    private static String reason(MimeMessage bounce, String text) throws MessagingException {
        String from = bounce.getFrom() == null || bounce.getFrom().length == 0 ? "an unknown sender"
                : bounce.getFrom()[0].toString();
        StringBuilder reason = new StringBuilder("reported by " + from + ": "
                + (bounce.getSubject() == null ? "bounced" : bounce.getSubject()));
        Matcher diagnostic = DIAGNOSTIC.matcher(text);
        while (diagnostic.find() && reason.length() < 800) {
            reason.append("; ").append(diagnostic.group(1).strip());
        }
        return reason.toString();
    }

    /** The bounce as sent, its first 256 KB (the report and the returned headers come first). */
    private static String raw(MimeMessage bounce) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bounce.writeTo(out);
        byte[] bytes = out.toByteArray();
        return new String(bytes, 0, Math.min(bytes.length, MAX_SCAN), StandardCharsets.UTF_8);
    }
}
