/** The ticket: intake over REST, its row, timeline and the lifecycle steps the BPMN process calls. */
package io.ticketflow.ticket;
