package io.ticketflow.intake;

/**
 * What a template field holds. ORDER_NUMBER links the ticket to the customer's order; DEVICE_MODEL must be a known
 * model (its manual is shown); SERIAL_NUMBER finds the device's last service; ATTACHMENT takes upload tokens.
 */
public enum FieldType {
    TEXT, NUMBER, DATE, ENUM, ORDER_NUMBER, DEVICE_MODEL, SERIAL_NUMBER, ATTACHMENT
}
