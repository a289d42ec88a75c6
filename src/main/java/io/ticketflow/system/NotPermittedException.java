package io.ticketflow.system;

/** The caller is authenticated but may not act on this resource (not their team's task): answered with 403. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
