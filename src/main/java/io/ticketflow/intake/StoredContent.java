package io.ticketflow.intake;

/** The bytes of a stored attachment. */
record StoredContent(byte[] content) {
}
