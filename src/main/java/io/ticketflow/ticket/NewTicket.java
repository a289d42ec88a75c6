package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerDetails;

/**
 * A ticket as a channel hands it in. {@code priority} is the urgency the customer stated (null: none), an input of
 * the routing urgency table; latitude and longitude say where on-site work is (both or neither).
 */
public record NewTicket(Channel channel, String category, String subject, String description, Priority priority,
        String region, Double latitude, Double longitude, CustomerDetails customer) {
}
