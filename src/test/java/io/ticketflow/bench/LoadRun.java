package io.ticketflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * A closed-loop load: a number of clients, each calling as soon as its previous call answered, for a fixed time.
 * A call answers true when it succeeded; failed calls are counted, not timed.
 */
final class LoadRun {

    private LoadRun() {
    }

    static Latencies run(int clients, Duration duration, BooleanSupplier call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        try {
            List<Future<Latencies>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(pool.submit(() -> oneClient(deadline, call)));
            }
            return together(results, started);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Calls for each of {@code 0 … count-1} once, spread over {@code threads} threads, each taking the next number
     * when it is free: for work of a fixed size.
     */
    static Latencies forEach(int threads, int count, IntPredicate call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try {
            List<Future<Latencies>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    long[] nanos = new long[count];
                    int ok = 0;
                    int failures = 0;
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        long before = System.nanoTime();
                        if (call.test(n)) {
                            nanos[ok++] = System.nanoTime() - before;
                        } else {
                            failures++;
                        }
                    }
                    return new Latencies(Arrays.copyOf(nanos, ok), failures, 0);
                }));
            }
            return together(results, started);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Calls one after another, {@code times} times, on this thread: for latency at no concurrency. */
    static Latencies sequential(int times, BooleanSupplier call) {
        long started = System.nanoTime();
        long[] nanos = new long[times];
        int ok = 0;
        int failures = 0;
        for (int i = 0; i < times; i++) {
            long before = System.nanoTime();
            if (call.getAsBoolean()) {
                nanos[ok++] = System.nanoTime() - before;
            } else {
                failures++;
            }
        }
        return new Latencies(Arrays.copyOf(nanos, ok), failures, (System.nanoTime() - started) / 1e9);
    }

    /** The threads' measurements as one, over the wall time since {@code started}. */
    private static Latencies together(List<Future<Latencies>> results, long started) throws Exception {
        Latencies all = new Latencies(new long[0], 0, 0);
        for (Future<Latencies> result : results) {
            all = Latencies.combine(all, result.get());
        }
        return new Latencies(all.nanos(), all.failures(), (System.nanoTime() - started) / 1e9);
    }

    private static Latencies oneClient(long deadline, BooleanSupplier call) {
        long[] nanos = new long[1024];
        int ok = 0;
        int failures = 0;
        while (System.nanoTime() < deadline) {
            long before = System.nanoTime();
            if (call.getAsBoolean()) {
                if (ok == nanos.length) {
                    nanos = Arrays.copyOf(nanos, ok * 2);
                }
                nanos[ok++] = System.nanoTime() - before;
            } else {
                failures++;
            }
        }
        return new Latencies(Arrays.copyOf(nanos, ok), failures, 0);
    }
}
