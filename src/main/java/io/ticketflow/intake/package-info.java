/** Tickets from every channel: web form, e-mail, signed webhooks; scenario templates, fields and attachments. */
package io.ticketflow.intake;
