/** The web console for agents, supervisors, engineers and finance: server-rendered pages over the same services. */
package io.ticketflow.console;
