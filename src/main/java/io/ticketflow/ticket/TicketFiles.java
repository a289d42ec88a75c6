package io.ticketflow.ticket;

import java.util.List;

/** Files uploaded beforehand (by upload token) that a ticket action attaches to the ticket (intake keeps them). */
public interface TicketFiles {

    /**
     * Attaches the uploads to the ticket, in the caller's transaction; answers their attachment ids. An unknown or
     * already attached token is a 400 naming {@code field}.
     */
    List<Long> attach(String field, List<String> tokens, long ticketId);
}
