package io.ticketflow.bench;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerTier;
import io.ticketflow.intake.TicketIntake;
import io.ticketflow.ticket.Channel;

/**
 * Open tickets created through the real intake (customer, ticket, routing, SLA timers, first task) inside the
 * benchmark's JVM, from several threads, without HTTP: for benchmarks that need many tickets, not for timing intake.
 */
final class TicketBatch {

    private static final String[] CATEGORIES = {"REPAIR", "INSTALLATION", "RETURN", "BILLING", "COMPLAINT",
        "GENERAL"};
    private static final String[] REGIONS = {"EAST", "NORTH", "SOUTH", "WEST"};

    private TicketBatch() {
    }

    /** {@code count} tickets of every category and region from the given channel; answers the seconds it took. */
    static double create(TicketIntake intake, int count, Channel channel, String category, int threads)
            throws Exception {
        long started = System.nanoTime();
        Latencies created = LoadRun.forEach(threads, count, n -> {
            intake.submit(submission(n, channel, category));
            if ((n + 1) % 10_000 == 0) {
                System.out.printf("  %,d open tickets created (%.0f s)%n", n + 1, (System.nanoTime() - started) / 1e9);
            }
            return true;
        });
        return created.seconds();
    }

    private static TicketIntake.Submission submission(int n, Channel channel, String category) {
        String region = category != null ? "EAST" : REGIONS[n / 7 % REGIONS.length];
        return new TicketIntake.Submission(channel, category != null ? category : CATEGORIES[n % CATEGORIES.length],
                null, "Open ticket " + n, "Created for the benchmark", null, region, null, null,
                new CustomerDetails("Batch customer " + n, null, "batch-" + n + "@customers.example",
                        CustomerTier.STANDARD), null, null, null, "bench", null);
    }
}
