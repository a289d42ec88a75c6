/** The customer's history in one place: their timeline, and the history section of every ticket view. */
package io.ticketflow.history;
