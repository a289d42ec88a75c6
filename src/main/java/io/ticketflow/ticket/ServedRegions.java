package io.ticketflow.ticket;

import java.util.Optional;

/**
 * Where a person works in the field, for the tickets they may see: implemented by the dispatch feature (an agent's
 * dispatch profile region), so the ticket feature needs none of its classes.
 */
public interface ServedRegions {

    /** The region of the user's dispatch profile; empty when dispatch does not know them or gave them none. */
    Optional<String> dispatchRegionOf(String userId);
}
