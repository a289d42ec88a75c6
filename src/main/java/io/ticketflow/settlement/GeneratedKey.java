package io.ticketflow.settlement;

/** Receives the id the database generated for an inserted row (records cannot take it themselves). */
class GeneratedKey {

    private Long id;

    long id() {
        return id;
    }
}
