package io.ticketflow.system;

/** A resource the client named does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " does not exist");
    }
}
