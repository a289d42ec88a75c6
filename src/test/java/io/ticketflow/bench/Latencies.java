package io.ticketflow.bench;

import java.util.Arrays;

/** What a load run measured: each successful call's duration, the failures, and the wall time it took. */
record Latencies(long[] nanos, int failures, double seconds) {

    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    static Latencies combine(Latencies a, Latencies b) {
        long[] all = Arrays.copyOf(a.nanos, a.nanos.length + b.nanos.length);
        System.arraycopy(b.nanos, 0, all, a.nanos.length, b.nanos.length);
        return new Latencies(all, a.failures + b.failures, a.seconds + b.seconds);
    }

    int count() {
        return nanos.length;
    }

    double perSecond() {
        return nanos.length / seconds;
    }

    /** The given percentile (0–100) in milliseconds, nearest rank. */
    double millis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    /** A Markdown table row: name, calls, failures, calls/s, p50, p95, p99, max. */
    String row(String name) {
        return String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", name, count(), failures,
                perSecond(), millis(50), millis(95), millis(99), millis(100));
    }

    static String header() {
        return "| | calls | failed | per second | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|";
    }
}
