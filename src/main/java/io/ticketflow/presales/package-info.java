/**
 * Pre-sales: the inquiry journey's steps on the sales opportunity (link or create it, won, lost with a reason,
 * follow-up reminders) and the handoff of a won opportunity to an after-sales ticket, whoever marked it won.
 */
package io.ticketflow.presales;
