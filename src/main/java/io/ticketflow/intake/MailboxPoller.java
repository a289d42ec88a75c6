package io.ticketflow.intake;

import io.ticketflow.system.InvalidFieldException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP (Jakarta Mail, opened by {@link MailboxConnection}): every unseen mail is taken
 * in and then marked seen. A mail that fails for a passing reason (the database is away) stays unseen and is tried at
 * the next poll; one that can never be taken in (no sender, say) is marked seen and logged. Several nodes may poll: a
 * mail taken in twice is recognised by its Message-ID.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final InboundMail inbound;
    private final UnreadableMail unreadable;
    private final IntakeSettings settings;
    private final MailboxConnection connection;

    MailboxPoller(InboundMail inbound, UnreadableMail unreadable, IntakeSettings settings,
            MailboxConnection connection) {
        this.connection = connection;
        this.inbound = inbound;
        this.unreadable = unreadable;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${ticketflow.intake.mailbox.poll-interval:PT1M}",
            initialDelayString = "${ticketflow.intake.mailbox.poll-interval:PT1M}")
    void pollWhenEnabled() {
        if (settings.mailbox().enabled()) {
            try {
                poll();
            } catch (MessagingException e) {
                log.warn("Cannot read the support mailbox {}@{}: {}", settings.mailbox().username(),
                        settings.mailbox().host(), e.getMessage());
            }
        }
    }

    private void keepUnreadable(MimeMessage message, String reason) throws MessagingException {
        try {
            unreadable.keep(message, reason);
        } catch (IOException | RuntimeException e) {
            log.warn("Mail '{}' could not be kept either: {}", message.getSubject(), e.toString());
        }
    }

    /** Takes in every unseen mail; returns what became of each. */
    List<InboundMail.Taken> poll() throws MessagingException {
        IntakeSettings.Mailbox mailbox = settings.mailbox();
        List<InboundMail.Taken> taken = new ArrayList<>();
        try (Store store = connection.open(mailbox)) {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    takeOne((MimeMessage) message, taken);
                }
            } finally {
                folder.close(false);
            }
        }
        return taken;
    }

    private void takeOne(MimeMessage message, List<InboundMail.Taken> taken) throws MessagingException {
        try {
            taken.add(inbound.take(message));
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (MessagingException | IllegalArgumentException | InvalidFieldException e) {
            log.warn("Mail '{}' cannot be taken in; kept for admins (GET /api/admin/unreadable-mail): {}",
                    message.getSubject(), e.getMessage());
            keepUnreadable(message, e.getMessage());
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (IOException | RuntimeException e) {
            log.warn("Mail '{}' is left unseen to try again: {}", message.getSubject(), e.toString());
            message.setFlag(Flags.Flag.SEEN, false);
        }
    }
}
