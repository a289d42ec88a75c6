package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerDetails;

/** A ticket as a channel hands it in; priority may be null to let the routing table decide. */
public record NewTicket(Channel channel, String category, String subject, String description, Priority priority,
        String region, CustomerDetails customer) {
}
