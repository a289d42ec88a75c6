package io.ticketflow.routing;

import io.ticketflow.system.BusinessRuleException;

/** No row of a routing table matched: the table lacks its default row. Answered with 422. */
public class NoRouteFoundException extends BusinessRuleException {

    public NoRouteFoundException(String table, Object facts) {
        super("No row of the " + table + " table matches " + facts + "; the table needs a default row");
    }
}
