package io.ticketflow.ticket;

/** Which journey (process) a new ticket starts; the journey feature's table decides (docs/processes.md). */
public interface JourneyChooser {

    /**
     * The journey of a new ticket: the one asked for, when the journeys table allows it (else a 400 naming the field
     * {@code journey}), or the table's first matching row's.
     */
    Choice choose(Ticket ticket, String customerTier, String requested);

    /** A process key, and what chose it ("journeys table v…, row …" or "asked for by the caller"). */
    record Choice(String processKey, String reason) {
    }
}
