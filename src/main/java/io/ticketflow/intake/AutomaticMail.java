package io.ticketflow.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.ParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Mail no person wrote to us (RFC 3834): out-of-office and other automatic replies, bounces and delivery reports,
 * mailing-list and bulk mail, and mail from our own addresses. Taken in, such mail would open tickets and, once
 * replies go out, answer an automatic reply with another — a loop. It opens nothing.
 */
final class AutomaticMail {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");

    private AutomaticMail() {
    }

    /** Why the mail is automatic, or empty when a person wrote it. */
    static Optional<String> reason(MimeMessage mail, InternetAddress from, Set<String> ownAddresses)
            throws MessagingException {
        String submitted = header(mail, "Auto-Submitted");
        if (submitted != null && !submitted.toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("Auto-Submitted: " + submitted);
        }
        String precedence = header(mail, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))) {
            return Optional.of("Precedence: " + precedence);
        }
        if (header(mail, "X-Autoreply") != null || header(mail, "X-Autorespond") != null) {
            return Optional.of("an automatic reply (X-Autoreply)");
        }
        String address = from.getAddress().toLowerCase(Locale.ROOT);
        if (isBounce(mail, from)) {
            return Optional.of("a bounce or delivery report from " + address);
        }
        if (ownAddresses.contains(address)) {
            return Optional.of("sent from our own address " + address);
        }
        return Optional.empty();
    }

    /** A bounce or delivery report: from a mailer daemon, with an empty Return-Path, or a multipart/report. */
    static boolean isBounce(MimeMessage mail, InternetAddress from) throws MessagingException {
        String address = from.getAddress().toLowerCase(Locale.ROOT);
        String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        return DAEMONS.contains(local) || "<>".equals(header(mail, "Return-Path")) || isDeliveryReport(mail);
    }

    private static boolean isDeliveryReport(MimeMessage mail) throws MessagingException {
        try {
            ContentType type = new ContentType(mail.getContentType());
            return type.match("multipart/report");
        } catch (ParseException | NullPointerException unreadable) {
            return false;
        }
    }

    private static String header(MimeMessage mail, String name) throws MessagingException {
        String value = mail.getHeader(name, ",");
        return value == null ? null : value.strip();
    }
}
