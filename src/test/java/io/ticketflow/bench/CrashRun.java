package io.ticketflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * kill -9 of a node in the middle of intake, and again in the middle of a timer storm, with a second node running
 * on the same MariaDB. After the killed node is started again: every ticket whose creation was answered 201 exists
 * whole (process instance, task, timers), nothing is half created, every due escalation happened exactly once.
 */
final class CrashRun {

    private final BenchOptions options;

    CrashRun(BenchOptions options) {
        this.options = options;
    }

    void run() throws Exception {
        int stormSize = options.number("timers", 1_000);
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        SharedDatabase db = SharedDatabase.empty();
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try (AppNode a = AppNode.start("node-a", 8181, SharedDatabase.NAME);
                AppNode b = AppNode.start("node-b", 8182, SharedDatabase.NAME)) {
            long before = db.lastTicketId();
            TicketFeed feed = new TicketFeed(List.of(a, b));
            killer.schedule(() -> kill(a), 10, TimeUnit.SECONDS);
            LoadRun.run(8, Duration.ofSeconds(25), feed::send);
            a.restart(SharedDatabase.NAME);
            long missing = feed.accepted().stream().filter(number -> db.count("select count(*) from tf_ticket "
                    + "where ticket_number = ? and process_instance_id is not null", number) == 0).count();
            System.out.printf("%n### kill -9 during intake (8 clients, both nodes, node-a killed after 10 s)%n%n"
                    + "| | |%n|---|---|%n| answers | %s |%n| tickets accepted (201) / missing afterwards | %d / %d |%n"
                    + "| tickets stored / half created | %d / %d |%n", feed.outcomes(), feed.accepted().size(),
                    missing, db.count("select count(*) from tf_ticket where id > ?", before),
                    db.halfCreatedTicketsAfter(before));

            long stormBefore = db.lastTicketId();
            TicketFeed stormFeed = new TicketFeed(List.of(b));
            LoadRun.forEach(8, stormSize, n -> stormFeed.send());
            List<Long> ids = db.jdbc().queryForList("select id from tf_ticket where id > ? order by id", Long.class,
                    stormBefore);
            Instant due = Instant.now().plusSeconds(3);
            db.bringFirstResponseForward(ids, i -> due, Duration.ofSeconds(5));
            killer.schedule(() -> kill(a), 4, TimeUnit.SECONDS);
            EscalationWatch watch = new EscalationWatch(db, stormBefore);
            watch.awaitEscalations(2L * ids.size(), 480);
            long done = Duration.between(due, Instant.now()).toSeconds();
            a.restart(SharedDatabase.NAME);
            watch.awaitOutbox(120);
            Waits.unchangedFor(Duration.ofSeconds(10), () -> smtp.getReceivedMessages().length); // late duplicates
            System.out.printf("%n### kill -9 during a timer storm (%,d warnings due at once, breaches 5 s later; "
                    + "node-a killed 1 s in)%n%n| | |%n|---|---|%n| all escalations done after they came due | "
                    + "%d s |%n", ids.size(), done);
            watch.report(smtp);
        } finally {
            killer.shutdownNow();
            smtp.stop();
        }
    }

    private static void kill(AppNode node) {
        try {
            node.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
