/** The conversation with the customer: replies and progress on their channel, the status page, and integrators' webhooks. */
package io.ticketflow.conversation;
