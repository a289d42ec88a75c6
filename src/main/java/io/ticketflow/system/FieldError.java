package io.ticketflow.system;

/** One rejected field of a request, listed in a 400 problem's {@code errors}. */
public record FieldError(String field, String message) {
}
