package io.ticketflow.system;

/** A field of the request has a value the domain rejects although it is well-formed: answered with 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
