package io.ticketflow.intake;

/** The bytes of a stored attachment or mail. */
record StoredContent(byte[] content) {
}
