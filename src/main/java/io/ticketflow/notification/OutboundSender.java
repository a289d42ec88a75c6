package io.ticketflow.notification;

import java.util.List;
import java.util.Map;

/** Sends the outbox's messages of one transport; the {@link OutboxDispatcher} claims them and records the outcome. */
public interface OutboundSender {

    Transport transport();

    /** Whether this transport is configured at all; messages of one that is not wait in the outbox. */
    boolean ready();

    /** Sends a batch of claimed messages; answers the outcome of each by id (a missing id counts as a retry). */
    Map<Long, Outcome> send(List<Notification> batch);

    /** What became of one attempt. */
    sealed interface Outcome {

        static Outcome delivered() {
            return Delivered.INSTANCE;
        }

        /** Try again later (the receiver is down, answered 5xx, 408 or 429). */
        static Outcome retry(String error) {
            return new Retry(error);
        }

        /** The receiver refused this message (4xx): retried a few times only, then a dead letter. */
        static Outcome refused(String error) {
            return new Refused(error);
        }
    }

    enum Delivered implements Outcome {
        INSTANCE
    }

    record Retry(String error) implements Outcome {
    }

    record Refused(String error) implements Outcome {
    }
}
