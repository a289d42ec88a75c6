package io.ticketflow.system;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Fields of the request have values the domain rejects although they are well-formed: answered with 400 naming every
 * field at fault. A process bean may throw it too (a lost opportunity without its reason): the engine passes it on,
 * and as a {@link BadUserRequestException} Camunda's own APIs (Tasklist) answer 400 as well.
 */
public class InvalidFieldException extends BadUserRequestException {

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first field at fault. */
    public String field() {
        return errors.get(0).field();
    }
}
