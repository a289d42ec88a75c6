package io.ticketflow.journey;

/** Where a journey step stands: its task is open, was completed, or was removed without being done. */
public enum StepStatus {
    OPEN,
    DONE,
    /** The task went away without being completed: an interrupting event, a cancelled or finished journey. */
    CANCELLED
}
