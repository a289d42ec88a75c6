/** Business calendars: when a region works, and how much working time lies between two instants. Pure Java. */
package io.ticketflow.sla.calendar;
