/** Notifications to people (e-mail): an outbox written in the business transaction, delivered by a sender with retries, never twice. */
package io.ticketflow.notification;
