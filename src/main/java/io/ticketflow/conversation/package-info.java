/** The conversation with the customer: replies and progress on their channel, the status page, macros. */
package io.ticketflow.conversation;
