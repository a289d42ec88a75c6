package io.ticketflow.bench;

import io.ticketflow.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Tickets created over REST, end to end (customer, ticket, routing, SLA clocks and timers, first task, committed),
 * against Camunda's own REST start of a process with one user task and nothing else, in the same run, on the same
 * database, by the same integrator over HTTP Basic. The two alternate in rounds so neither gets the warmer machine.
 */
final class IntakeBenchmark {

    static final String BARE_PROCESS = "BenchOneUserTaskProcess";
    private static final List<String> CATEGORIES = List.of("REPAIR", "INSTALLATION", "RETURN", "BILLING",
            "COMPLAINT", "GENERAL");
    private static final List<String> REGIONS = List.of("EAST", "NORTH", "SOUTH", "WEST");

    private final BenchOptions options;
    private final List<String> categories;
    private final AtomicLong sequence = new AtomicLong();

    /** {@code --categories REPAIR,BILLING} posts only those (default: a mix whose journeys differ). */
    IntakeBenchmark(BenchOptions options) {
        this.options = options;
        this.categories = List.of(options.text("categories", String.join(",", CATEGORIES)).split(","));
    }

    void run() throws Exception {
        int clients = options.number("clients", 8);
        Duration round = Duration.ofSeconds(options.number("seconds", 30));
        int rounds = options.number("rounds", 2);
        try (BenchApp app = BenchApp.start(options.database())) {
            deployBareProcess(app.bean(RepositoryService.class));
            BenchClient client = app.client();
            BooleanSupplier ticket = () -> client.post(TestUsers.INTEGRATOR, "/api/tickets", nextTicket())
                    .statusCode() == 201;
            BooleanSupplier bare = () -> client.post(TestUsers.ADMIN, "/engine-rest/process-definition/key/"
                    + BARE_PROCESS + "/start", "{\"businessKey\":\"bench-" + sequence.incrementAndGet() + "\"}")
                    .statusCode() == 200;
            System.out.println("Warming up both for " + round.toSeconds() + " s each ...");
            LoadRun.run(clients, round, ticket);
            LoadRun.run(clients, round, bare);

            Latencies tickets = new Latencies(new long[0], 0, 0);
            Latencies engine = new Latencies(new long[0], 0, 0);
            for (int i = 1; i <= rounds; i++) {
                System.out.printf("Round %d of %d: %d clients, %d s each%n", i, rounds, clients, round.toSeconds());
                tickets = Latencies.combine(tickets, LoadRun.run(clients, round, ticket));
                engine = Latencies.combine(engine, LoadRun.run(clients, round, bare));
            }
            report(app, clients, tickets, engine);
        }
    }

    private void report(BenchApp app, int clients, Latencies tickets, Latencies engine) {
        System.out.printf("%n### Intake on %s, %d clients%n%n%s%n%s%n%s%n%n", app.database(), clients,
                Latencies.header(), tickets.row("POST /api/tickets (ticket, routing, SLA, first task)"),
                engine.row("Camunda REST start, one user task"));
        System.out.printf("Ratio tickets/s ÷ engine starts/s: %.2f; p50 ratio (ours ÷ engine): %.2f%n",
                tickets.perSecond() / engine.perSecond(), tickets.millis(50) / engine.millis(50));
        Long withoutTask = app.jdbc().queryForObject("select count(*) from tf_ticket t where not exists "
                + "(select 1 from ACT_RU_TASK k where k.PROC_INST_ID_ = t.process_instance_id)", Long.class);
        Long withoutTimers = app.jdbc().queryForObject("select count(*) from tf_ticket t where not exists "
                + "(select 1 from ACT_RU_JOB j where j.PROCESS_INSTANCE_ID_ = t.process_instance_id)", Long.class);
        Long stored = app.jdbc().queryForObject("select count(*) from tf_ticket", Long.class);
        System.out.printf("Checked afterwards: %d tickets stored, %d without an open task, %d without SLA timers%n",
                stored, withoutTask, withoutTimers);
    }

    private String nextTicket() {
        long n = sequence.incrementAndGet();
        return """
                {"channel":"API","category":"%s","region":"%s","subject":"Bench ticket %d",
                 "description":"The appliance stopped working after the last update; please help.",
                 "customer":{"name":"Bench Customer %d","email":"bench-%d@customers.example"}}"""
                .formatted(categories.get((int) (n % categories.size())), REGIONS.get((int) (n / 7 % REGIONS.size())),
                        n, n, n);
    }

    static void deployBareProcess(RepositoryService repository) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Work").camundaCandidateGroups("support-l1").endEvent().done();
        repository.createDeployment().name("benchmark").addModelInstance(BARE_PROCESS + ".bpmn", model).deploy();
    }
}
