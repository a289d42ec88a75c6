/** Customers who raise tickets, matched by e-mail or phone so their history stays together. */
package io.ticketflow.customer;
