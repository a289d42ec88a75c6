package io.ticketflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * MariaDB stopped for 30 s while clients keep creating tickets on a node: meanwhile the node answers 503 (never
 * 500), afterwards it serves again by itself, and every ticket it accepted is whole. Stops and starts the MariaDB
 * server of this machine: run it where nothing else needs that server.
 */
final class DatabaseOutageRun {

    private static final long STOP_AFTER_SECONDS = 15;
    private static final long OUTAGE_SECONDS = 30;

    void run() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        SharedDatabase db = SharedDatabase.empty();
        ScheduledExecutorService operator = Executors.newSingleThreadScheduledExecutor();
        long[] restartedAt = new long[1];
        try (AppNode a = AppNode.start("node-a", 8181, SharedDatabase.NAME)) {
            long before = db.lastTicketId();
            TicketFeed feed = new TicketFeed(List.of(a));
            long started = System.nanoTime();
            operator.schedule(() -> mariaDb("stop"), STOP_AFTER_SECONDS, TimeUnit.SECONDS);
            operator.schedule(() -> {
                mariaDb("start");
                restartedAt[0] = System.nanoTime();
            }, STOP_AFTER_SECONDS + OUTAGE_SECONDS, TimeUnit.SECONDS);
            LoadRun.run(4, Duration.ofSeconds(STOP_AFTER_SECONDS + OUTAGE_SECONDS + 30), feed::send);
            long recovered = feed.answers().stream().filter(answer -> answer.at() > restartedAt[0]
                    && answer.outcome().equals("HTTP 201")).mapToLong(TicketFeed.Answer::at).findFirst().orElse(-1);
            long missing = feed.accepted().stream().filter(number -> db.count("select count(*) from tf_ticket "
                    + "where ticket_number = ? and process_instance_id is not null", number) == 0).count();
            System.out.printf("%n### MariaDB stopped for %d s under load (4 clients creating tickets on one node)%n%n"
                    + "| | |%n|---|---|%n| answers | %s |%n", OUTAGE_SECONDS, feed.outcomes());
            System.out.printf("| first ticket accepted after MariaDB was back | %s |%n", recovered < 0 ? "none"
                    : String.format("%.1f s", (recovered - restartedAt[0]) / 1e9));
            System.out.printf("| tickets accepted (201) / missing afterwards / half created | %d / %d / %d |%n",
                    feed.accepted().size(), missing, db.halfCreatedTicketsAfter(before));
            System.out.printf("| node healthy afterwards | %s |%n| \"Request failed\" (500) in the node's log | %d |%n",
                    a.up(), countInLog("node-a", "Request failed"));
            System.out.printf("| run took | %.0f s |%n", (System.nanoTime() - started) / 1e9);
        } finally {
            operator.shutdownNow();
            mariaDb("start");
            smtp.stop();
        }
    }

    /** Stops or starts this machine's MariaDB server, waiting until it is down or answers. */
    private static void mariaDb(String action) {
        try {
            if (action.equals("stop")) {
                run("mariadb-admin", "--protocol=tcp", "-h127.0.0.1", "-uroot", "shutdown");
                System.out.println("MariaDB stopped");
                return;
            }
            if (run("mariadb-admin", "--protocol=tcp", "-h127.0.0.1", "-uroot", "ping") == 0) {
                return;
            }
            run("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd", "--",
                    "--user=mysql");
            boolean answers = Waits.until(Duration.ofSeconds(30), Duration.ofMillis(500),
                    () -> run("mariadb-admin", "--protocol=tcp", "-h127.0.0.1", "-uroot", "ping") == 0);
            System.out.println(answers ? "MariaDB started" : "MariaDB did not answer within 30 s");
        } catch (IOException e) {
            throw new IllegalStateException("could not " + action + " MariaDB", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    private static long countInLog(String node, String text) throws IOException {
        try (var lines = Files.lines(Path.of("target/reliability", node + ".log"))) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }
}
