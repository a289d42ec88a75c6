package io.ticketflow.bench;

import io.ticketflow.bench.BulkTickets.ClosedTicket;
import io.ticketflow.intake.TicketIntake;
import io.ticketflow.support.TestUsers;
import io.ticketflow.ticket.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries people wait for, with a year of closed tickets and a large open backlog stored: an agent's task list
 * (first page and a deep page) and what a supervisor watches (the team's open tickets, breached tickets, open
 * escalations, recent breaches). Each is called one after another, as a person would, after all of them have been
 * called for a warm-up.
 */
final class TaskListBenchmark {

    private static final String[] TEAMS = {"repair-east", "support-l1", "billing", "returns", "installation",
        "complaints", "repair-north", "repair-national"};
    private static final String[] CATEGORIES = {"REPAIR", "GENERAL", "BILLING", "RETURN", "INSTALLATION",
        "COMPLAINT", "REPAIR", "REPAIR"};
    private static final String[] REGIONS = {"EAST", "EAST", "SOUTH", "WEST", "NORTH", "EAST", "NORTH", "WEST"};
    /** Calls of every query before any is measured: the code they share (HTTP, security, JSON) is compiled by then. */
    private static final int WARM_UP = 100;
    private static final int CALLS = 300;

    private final BenchOptions options;

    TaskListBenchmark(BenchOptions options) {
        this.options = options;
    }

    void run() throws Exception {
        int closed = options.number("closed", 1_000_000);
        int open = options.number("open", 100_000);
        boolean keep = "keep".equals(options.text("data", "fresh"));
        try (BenchApp app = BenchApp.start(options.database(), !keep)) {
            Long stored = app.jdbc().queryForObject("select count(*) from tf_ticket", Long.class);
            if (keep && stored > 0) {
                System.out.printf("Measuring on the %,d tickets the previous run stored%n", stored);
            } else {
                store(app, closed, open);
            }
            measure(app);
        }
    }

    private static void store(BenchApp app, int closed, int open) throws Exception {
        System.out.printf("Writing %,d closed tickets ...%n", closed);
        List<Long> customers = BulkTickets.insertCustomers(app.jdbc(), "Closed", Math.max(1, closed / 10));
        Instant yearAgo = Instant.now().minus(365, ChronoUnit.DAYS);
        BulkTickets.insertClosed(app.jdbc(), "C", closed, customers, i -> {
            Instant created = yearAgo.plusSeconds(i * (365L * 24 * 3600 / Math.max(1, closed)));
            int team = i % TEAMS.length;
            return new ClosedTicket(CATEGORIES[team], i % 20 == 0 ? "URGENT" : "NORMAL", REGIONS[team],
                    TEAMS[team], "agent" + (i % 40), created, created.plus(Duration.ofHours(5 + i % 30)));
        });
        System.out.printf("Creating %,d open tickets through the intake ...%n", open);
        double seconds = TicketBatch.create(app.bean(TicketIntake.class), open, Channel.API, null, 4);
        System.out.printf("  %,d open tickets in %.0f s (%.0f per second)%n", open, seconds, open / seconds);
    }

    private static void measure(BenchApp app) {
        BenchClient client = app.client();
        String lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, String> agent = new LinkedHashMap<>();
        agent.put("Agent's task list, first page (50)", "/api/tasks?size=50");
        agent.put("Agent's task list, page 20", "/api/tasks?page=20&size=50");
        agent.put("Agent's ticket view", "/api/tickets/" + app.jdbc().queryForObject(
                "select max(id) from tf_ticket where status = 'OPEN'", Long.class));
        Map<String, String> supervisor = new LinkedHashMap<>();
        supervisor.put("Team's open tickets (repair-east)", "/api/tickets?status=OPEN&group=repair-east&size=50");
        supervisor.put("Breached tickets of the region", "/api/tickets?region=EAST&slaBreached=true&size=50");
        supervisor.put("Open escalations", "/api/escalations");
        supervisor.put("Breaches of the last 7 days", "/api/sla/breaches?from=" + lastWeek);
        Long stored = app.jdbc().queryForObject("select count(*) from tf_ticket", Long.class);
        Long tasks = app.jdbc().queryForObject("select count(*) from ACT_RU_TASK", Long.class);
        System.out.printf("%n### Queries on %s: %,d tickets stored, %,d open tasks%n%n%s%n", app.database(), stored,
                tasks, Latencies.header());
        agent.values().forEach(path -> call(client, TestUsers.AGENT_EAST, path, WARM_UP));
        supervisor.values().forEach(path -> call(client, TestUsers.SUPERVISOR, path, WARM_UP));
        agent.forEach((name, path) -> System.out.println(call(client, TestUsers.AGENT_EAST, path, CALLS).row(name)));
        supervisor.forEach((name, path) -> System.out.println(call(client, TestUsers.SUPERVISOR, path, CALLS)
                .row(name)));
    }

    private static Latencies call(BenchClient client, String user, String path, int times) {
        return LoadRun.sequential(times, () -> client.get(user, path).statusCode() == 200);
    }
}
