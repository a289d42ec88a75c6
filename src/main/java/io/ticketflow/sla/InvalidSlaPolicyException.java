package io.ticketflow.sla;

/** The SLA policy row that fired holds a value we cannot use; names the row and the cell. */
public class InvalidSlaPolicyException extends RuntimeException {

    public InvalidSlaPolicyException(String row, String problem) {
        super("SLA policy row \"" + row + "\": " + problem);
    }
}
