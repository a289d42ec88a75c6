package io.ticketflow.bench;

/**
 * The benchmark harness: {@code mvn -Pbench verify -Dbench="<name> [--option value ...]"}. Each benchmark starts
 * the application itself on a fresh database and prints its figures as Markdown for docs/benchmarks.md.
 */
public final class Benchmarks {

    private static final String USAGE = """
            mvn -Pbench verify -Dbench="<benchmark> [--option value ...]"

              intake     tickets over REST vs Camunda's REST start of a one-user-task process
                         --db h2|mariadb  --clients 8  --seconds 30 (per round)  --rounds 2
              timers     SLA timers all coming due at once (the engine clock is moved, nothing sleeps)
                         --db h2|mariadb  --count 10000
              tasklist   an agent's task list and supervisors' queries with many tickets stored
                         --db h2|mariadb  --closed 1000000  --open 100000
                         --data keep (measure again on what the previous tasklist run stored)
              settlement settling a month of accepted jobs and running the month
                         --db h2|mariadb  --jobs 100000
              rules      rule base build time and memory, then routing decisions under JMH

            Reliability runs (java -jar target/ticketflow.jar nodes on MariaDB at 127.0.0.1:3306, demo users):
              two-nodes  two nodes, tickets with SLA timers coming due while both run   --tickets 2000
              crash      kill -9 of a node during intake and during a timer storm        --timers 1000
              db-outage  MariaDB stopped for 30 s under load (stops this machine's server!)
            """;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        switch (options.scenario()) {
            case "intake" -> new IntakeBenchmark(options).run();
            case "timers" -> new TimerStormBenchmark(options).run();
            case "tasklist" -> new TaskListBenchmark(options).run();
            case "settlement" -> new SettlementBenchmark(options).run();
            case "rules" -> RulesBenchmark.run();
            case "two-nodes" -> new TwoNodesRun(options).run();
            case "crash" -> new CrashRun(options).run();
            case "db-outage" -> new DatabaseOutageRun().run();
            default -> System.out.println(USAGE);
        }
        // The application's pools are closed; JMH and HTTP clients may leave non-daemon threads behind.
        System.exit(0);
    }
}
