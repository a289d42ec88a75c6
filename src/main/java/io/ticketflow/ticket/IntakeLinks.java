package io.ticketflow.ticket;

/** What intake learned about a new ticket beyond the basics: order, opportunity, template version, device. */
public record IntakeLinks(String orderNumber, String opportunityId, String templateCode, Integer templateVersion,
        String deviceSerial) {
}
