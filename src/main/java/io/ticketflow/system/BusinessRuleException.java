package io.ticketflow.system;

/** The request is well-formed but a business rule refuses it: answered with 422. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
