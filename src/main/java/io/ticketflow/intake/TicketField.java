package io.ticketflow.intake;

/** One custom field value of a ticket, as stored. */
public record TicketField(String name, String value) {
}
