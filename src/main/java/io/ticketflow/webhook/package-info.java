/** Outgoing event webhooks: integrators subscribe URLs to ticket events, delivered signed through the outbox. */
package io.ticketflow.webhook;
