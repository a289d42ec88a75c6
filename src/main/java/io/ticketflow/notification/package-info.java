/** The one outbox for all that leaves — to staff, customers, integrators: queued with the change, sent with retries. */
package io.ticketflow.notification;
