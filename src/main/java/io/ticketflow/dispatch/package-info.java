/** Who can take a ticket: teams, service stations, agents' skills, duty and capacity, and picking one of them. */
package io.ticketflow.dispatch;
