package io.ticketflow.maintenance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A device a customer bought, as the integrator registered it: its serial number, product model, where it is
 * (region; null: the customer's), when it was bought and last serviced (null: never). {@code lastOfferedDueOn} is
 * the latest due date a maintenance ticket was opened for (null: none), read with the device by the daily run.
 */
public record Device(long id, String serialNumber, long customerId, String productModel, String region,
        LocalDate purchasedOn, LocalDate lastServiceOn, Instant updatedAt, LocalDate lastOfferedDueOn) {
}
