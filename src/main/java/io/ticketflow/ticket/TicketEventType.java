package io.ticketflow.ticket;

/** What happened to a ticket, as shown in its timeline. */
public enum TicketEventType {
    CREATED, ROUTED, SLA_STARTED, ASSIGNED, UNASSIGNED, REPLIED, AWAITING_CUSTOMER, CUSTOMER_REPLIED, SLA_RESUMED,
    SLA_WARNING, SLA_BREACHED, SLA_ESCALATED, RESOLVED, RESOLUTION_ACCEPTED, RESOLUTION_REJECTED, REOPENED, CLOSED,
    AUTO_CLOSED, TRANSFERRED, CATEGORY_CHANGED, SETTLED, MESSAGE_MERGED,
    /** A department's or approver's step (a journey step with a kind) was opened, done, or went past its target. */
    STEP_STARTED, STEP_DONE, STEP_WARNING, STEP_BREACHED, STEP_ESCALATED,
    /** The approval block asked a level to approve an amount, or every level had approved (or none was needed). */
    APPROVAL_REQUESTED, APPROVED,
    /** A message for the journey arrived (the customer confirmed receipt, a department raised a blocker, ...). */
    JOURNEY_MESSAGE,
    /** Pre-sales: the opportunity was won or lost; a follow-up reminder went to the sales owner; the won opportunity
     * was handed over to an after-sales ticket (on both tickets). */
    OPPORTUNITY_WON, OPPORTUNITY_LOST, FOLLOW_UP_REMINDER, HANDED_OVER,
    /** Proactive maintenance: the daily run opened this ticket because the customer's device is due. */
    MAINTENANCE_DUE,
    /** A file that came with the customer's mail was not kept (its name, size and why are in the detail). */
    ATTACHMENT_REFUSED,
    /** An agent's internal note: for the staff who see the ticket, never sent or shown to the customer. */
    NOTE_ADDED,
    /** The journey reached a stage the customer is told about (a user task with a {@code customerStage}). */
    STAGE_REACHED,
    /** A message to the customer was delivered, given up after its attempts, or bounced by their mail server. */
    CUSTOMER_MESSAGE_SENT, CUSTOMER_MESSAGE_FAILED, CUSTOMER_MESSAGE_BOUNCED,
    /** The customer rated a ticket whose resolution was already settled (1–5, with a comment). */
    RATED
}
