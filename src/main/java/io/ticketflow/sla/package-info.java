/** Service-level agreements: targets per ticket from the SLA policy table, counted in business time, with warnings, escalations and pauses. */
package io.ticketflow.sla;
