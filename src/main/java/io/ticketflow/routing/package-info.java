/** Decides which team works a ticket and at which priority, from the analysts' routing decision table. */
package io.ticketflow.routing;
