package io.ticketflow.bench;

import io.ticketflow.routing.RoutingDecisionBenchmark;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import java.lang.ref.Reference;
import java.nio.file.Path;

/**
 * The rule base as the application builds it at startup (every table in {@code rules/} compiled): time and retained
 * heap; then the routing decision under JMH ({@link RoutingDecisionBenchmark}).
 */
final class RulesBenchmark {

    private static final int BUILDS = 5;

    private RulesBenchmark() {
    }

    static void run() throws Exception {
        System.out.println("\n### Rule base build (all tables in rules/)\n");
        System.out.println("| build | seconds | retained heap MB |\n|---|---|---|");
        for (int i = 1; i <= BUILDS; i++) {
            long before = usedHeapAfterGc();
            long started = System.nanoTime();
            DecisionTables tables = new DecisionTables(new RulesSettings(Path.of("rules")));
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedHeapAfterGc();
            System.out.printf("| %s | %.2f | %.1f |%n", i == 1 ? "1 (cold JVM)" : String.valueOf(i), seconds,
                    (after - before) / 1e6);
            Reference.reachabilityFence(tables); // kept until measured
        }
        org.openjdk.jmh.Main.main(new String[] {RoutingDecisionBenchmark.class.getSimpleName()});
    }

    /** Heap in use after full collections (System.gc is a synchronous full collection with G1's defaults). */
    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
