package io.ticketflow.routing;

/** What placed the ticket: routing at intake, routing again after a category change, or a person's transfer. */
public enum RoutingKind {
    ROUTED, REROUTED, TRANSFERRED
}
