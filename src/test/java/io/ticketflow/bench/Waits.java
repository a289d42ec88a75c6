package io.ticketflow.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The harness's bounded waits, with Awaitility. A run that waits in vain reports what it saw instead of failing, so
 * these answer whether the condition came true in time.
 */
final class Waits {

    private Waits() {
    }

    /** Polls the condition every {@code poll} until it holds or {@code atMost} has passed. */
    static boolean until(Duration atMost, Duration poll, Callable<Boolean> condition) {
        try {
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(poll).until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** Whether the count stays where it is for the whole window (e.g. no late duplicate arrives). */
    static boolean unchangedFor(Duration window, LongSupplier count) {
        long expected = count.getAsLong();
        try {
            await().during(window).atMost(window.plusSeconds(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> count.getAsLong() == expected);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
