package io.ticketflow.journey;

/**
 * The messages a journey may wait for that arrive through {@code POST /api/tickets/{id}/messages}, each with the
 * BPMN message name a model catches it by. Those a customer sends (through a channel integration or an agent) may
 * come from integrators; the others are staff's.
 */
public enum JourneyMessage {
    /** The customer got the goods the warehouse reshipped. */
    RECEIPT_CONFIRMED("Msg_ReceiptConfirmed", true),
    /** The customer did not get them: the warehouse reships again. */
    RECEIPT_MISSING("Msg_ReceiptMissing", true),
    /** A department cannot go on without the ticket's owner. */
    BLOCKER_RAISED("Msg_BlockerRaised", false);

    /** The kind of the step a blocker opens for the ticket's owner: one open at a time. */
    public static final String BLOCKER_STEP_KIND = "BLOCKER";

    private final String bpmnName;
    private final boolean fromCustomer;

    JourneyMessage(String bpmnName, boolean fromCustomer) {
        this.bpmnName = bpmnName;
        this.fromCustomer = fromCustomer;
    }

    /** The name a model's message event catches. */
    public String bpmnName() {
        return bpmnName;
    }

    /** Whether the customer sends it (integrators may relay it), or staff. */
    public boolean fromCustomer() {
        return fromCustomer;
    }
}
