package io.ticketflow.routing;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One routing decision — all four analysts' tables in {@code rules/}, in order — as the intake makes it for every
 * ticket. The facts cycle through tickets that stop at different rows, so no single row's path is measured alone.
 * Run by {@code mvn -Pbench verify -Dbench=rules} (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(2)
public class RoutingDecisionBenchmark {

    private static final List<RoutingFacts> TICKETS = List.of(
            new RoutingFacts("REPAIR", "WECHAT", null, "STANDARD", 0, "EAST"),
            new RoutingFacts("INSTALLATION", "API", "HIGH", "STANDARD", 12_000, "SOUTH"),
            new RoutingFacts("COMPLAINT", "PHONE", null, "VIP", 50_000, "NORTH"),
            new RoutingFacts("REFUND", "WEB", "LOW", "STANDARD", 250_000, "WEST"),
            new RoutingFacts("BILLING", "EMAIL", null, "KEY_ACCOUNT", 900_000, "EAST"),
            new RoutingFacts("GENERAL", "MARKETPLACE", null, "STANDARD", 0, "HK"));

    private TicketRouter router;
    private int next;

    @Setup
    public void compileTheRealTables() {
        router = new TicketRouter(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @Benchmark
    public RoutingDecision routeOneTicket() {
        next = (next + 1) % TICKETS.size();
        return router.route(TICKETS.get(next));
    }
}
