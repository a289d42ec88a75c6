package io.ticketflow.routing;

import io.ticketflow.system.BusinessRuleException;

/** No row of the routing table matched: the table lacks its default row. Answered with 422. */
public class NoRouteFoundException extends BusinessRuleException {

    public NoRouteFoundException(RoutingRequest request) {
        super("No row of the routing table matches " + request + "; the table needs a default row");
    }
}
