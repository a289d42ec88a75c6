package io.ticketflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Watches the escalations of a reliability run come in on the shared database, noting which job executors (lock
 * owners) took part, then reports what was stored and mailed: every count the run's claims rest on.
 */
final class EscalationWatch {

    private final SharedDatabase db;
    private final long afterTicket;
    private final Set<String> lockOwners = new HashSet<>();

    EscalationWatch(SharedDatabase db, long afterTicket) {
        this.db = db;
        this.afterTicket = afterTicket;
    }

    /** Waits until {@code expected} escalations of the run's tickets exist; answers the seconds it took. */
    double awaitEscalations(long expected, long giveUpSeconds) {
        long started = System.nanoTime();
        boolean all = Waits.until(Duration.ofSeconds(giveUpSeconds), Duration.ofMillis(200), () -> {
            lockOwners.addAll(db.jdbc().queryForList("select distinct LOCK_OWNER_ from ACT_RU_JOB "
                    + "where LOCK_OWNER_ is not null", String.class));
            return escalations() >= expected;
        });
        if (!all) {
            System.out.printf("gave up after %d s: %d of %d escalations%n", giveUpSeconds, escalations(), expected);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Waits until the outbox has nothing left to send (bounded). */
    void awaitOutbox(long giveUpSeconds) {
        Waits.until(Duration.ofSeconds(giveUpSeconds), Duration.ofMillis(500),
                () -> db.count("select count(*) from tf_notification where status in ('PENDING', 'SENDING')") == 0);
    }

    long escalations() {
        return db.count("select count(*) from tf_escalation where ticket_id > ?", afterTicket);
    }

    void report(GreenMail smtp) throws MessagingException {
        System.out.printf("| escalations stored (level 0 / level 1) | %d / %d |%n", level(0), level(1));
        System.out.printf("| tickets warned / breached | %d / %d |%n",
                db.count("select count(distinct ticket_id) from tf_escalation where level = 0 and ticket_id > ?",
                        afterTicket),
                db.count("select count(distinct ticket_id) from tf_escalation where level = 1 and ticket_id > ?",
                        afterTicket));
        System.out.printf("| SLA notifications in the outbox: sent / failed / still pending | %d / %d / %d |%n",
                notifications("SENT"), notifications("FAILED"),
                notifications("PENDING") + notifications("SENDING"));
        MimeMessage[] received = smtp.getReceivedMessages();
        Map<String, Integer> byMessageId = new HashMap<>();
        for (MimeMessage message : received) {
            byMessageId.merge(message.getMessageID(), 1, Integer::sum);
        }
        long duplicates = byMessageId.values().stream().filter(n -> n > 1).count();
        System.out.printf("| mails of any kind: sent by the outbox / received by the SMTP server / received twice |"
                + " %d / %d / %d |%n", db.count("select count(*) from tf_notification where status = 'SENT'"),
                received.length, duplicates);
        System.out.printf("| incidents / jobs with a failure | %d / %d |%n",
                db.count("select count(*) from ACT_RU_INCIDENT"),
                db.count("select count(*) from ACT_RU_JOB where EXCEPTION_MSG_ is not null"));
        System.out.printf("| job executors seen holding locks | %d |%n", lockOwners.size());
    }

    private long level(int level) {
        return db.count("select count(*) from tf_escalation where level = ? and ticket_id > ?", level, afterTicket);
    }

    private long notifications(String status) {
        return db.count("select count(*) from tf_notification where kind like 'SLA%' and status = ? and ticket_id > ?",
                status, afterTicket);
    }
}
