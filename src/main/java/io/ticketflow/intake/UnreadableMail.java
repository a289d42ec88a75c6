package io.ticketflow.intake;

import io.ticketflow.system.NotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail the mailbox could not take in — no sender, a part that cannot be read — kept raw with the reason, for an
 * admin to read (and answer by hand) instead of vanishing. At most {@link #MAX_RAW} bytes of it are kept.
 */
@Service
class UnreadableMail {

    static final int MAX_RAW = 8 * 1024 * 1024;

    private final UnreadableMailMapper mapper;
    private final Clock clock;

    UnreadableMail(UnreadableMailMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** One kept mail as the list shows it. */
    record Kept(long id, String subject, String reason, long sizeBytes, boolean truncated, Instant receivedAt) {
    }

    /** Keeps the mail, in a transaction of its own (the one that tried to take it in was rolled back). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void keep(MimeMessage mail, String reason) throws MessagingException, IOException {
        CappedBuffer raw = new CappedBuffer();
        mail.writeTo(raw);
        String subject = null;
        try {
            subject = mail.getSubject();
        } catch (MessagingException unreadableSubject) {
            // kept without one
        }
        mapper.insert(clip(subject, 500), clip(reason == null ? "unreadable" : reason, 1000), raw.seen,
                raw.seen > MAX_RAW, raw.toByteArray(), clock.instant());
    }

    List<Kept> newest(int limit) {
        return mapper.newest(limit);
    }

    byte[] raw(long id) {
        return mapper.raw(id).map(StoredContent::content)
                .orElseThrow(() -> new NotFoundException("Unreadable mail", id));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Keeps the first {@link #MAX_RAW} bytes written and counts them all. */
    private static final class CappedBuffer extends OutputStream {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long seen;

        @Override
        public void write(int b) {
            if (seen++ < MAX_RAW) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int room = (int) Math.max(0, Math.min(length, MAX_RAW - seen));
            kept.write(bytes, offset, room);
            seen += length;
        }

        byte[] toByteArray() {
            return kept.toByteArray();
        }
    }
}
