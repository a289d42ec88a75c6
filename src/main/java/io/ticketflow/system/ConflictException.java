package io.ticketflow.system;

/** The request clashes with the resource's current state (already claimed, already closed): answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
