package io.ticketflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Two nodes on one MariaDB, both with the job executor: tickets sent to both in turn, then their first-response
 * warnings and breaches brought forward so they come due over the next minute, while both nodes run. Every
 * escalation must happen once, every mail be sent once, no incident.
 */
final class TwoNodesRun {

    private final BenchOptions options;

    TwoNodesRun(BenchOptions options) {
        this.options = options;
    }

    void run() throws Exception {
        int tickets = options.number("tickets", 2_000);
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        SharedDatabase db = SharedDatabase.empty();
        try (AppNode a = AppNode.start("node-a", 8181, SharedDatabase.NAME);
                AppNode b = AppNode.start("node-b", 8182, SharedDatabase.NAME)) {
            long before = db.lastTicketId();
            TicketFeed feed = new TicketFeed(List.of(a, b));
            Latencies sent = LoadRun.forEach(8, tickets, n -> feed.send());
            System.out.printf("%,d tickets sent to both nodes in %.0f s: %s%n", tickets, sent.seconds(),
                    feed.outcomes());
            List<Long> ids = db.jdbc().queryForList("select id from tf_ticket where id > ? order by id", Long.class,
                    before);
            Instant first = Instant.now().plusSeconds(5);
            db.bringFirstResponseForward(ids, i -> first.plusSeconds(i % 60), Duration.ofSeconds(20));
            EscalationWatch watch = new EscalationWatch(db, before);
            watch.awaitEscalations(2L * ids.size(), 600);
            long done = Duration.between(first, Instant.now()).toSeconds();
            watch.awaitOutbox(300);
            Waits.unchangedFor(Duration.ofSeconds(10), () -> smtp.getReceivedMessages().length); // late duplicates
            System.out.printf("%n### Two nodes, one MariaDB: %,d tickets, warnings due over 60 s, breaches 20 s "
                    + "later%n%n| | |%n|---|---|%n", tickets);
            System.out.printf("| tickets accepted / half created | %d / %d |%n", feed.accepted().size(),
                    db.halfCreatedTicketsAfter(before));
            System.out.printf("| all escalations done after the first came due | %d s (the last was due after %d s) |%n",
                    done, Math.min(ids.size(), 60) - 1 + 20);
            watch.report(smtp);
        } finally {
            smtp.stop();
        }
    }
}
