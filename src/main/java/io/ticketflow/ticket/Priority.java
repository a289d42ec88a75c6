package io.ticketflow.ticket;

/** How fast a ticket must be handled. */
public enum Priority {
    LOW(25), NORMAL(50), HIGH(75), URGENT(100);

    private final int taskPriority;

    Priority(int taskPriority) {
        this.taskPriority = taskPriority;
    }

    /** One step more urgent; URGENT stays URGENT. */
    public Priority raised() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }

    /** The matching Camunda task priority (Camunda's default is 50), so Tasklist and our task list sort alike. */
    public int taskPriority() {
        return taskPriority;
    }
}
