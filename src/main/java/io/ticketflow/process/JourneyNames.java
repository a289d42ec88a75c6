package io.ticketflow.process;

import java.util.Set;

/**
 * The names Java and the journeys in {@code processes/} share: the messages Java sends, the variables it sets and
 * reads, the beans a model's expressions call. Java knows no element ids of any journey (docs/processes.md): a
 * journey is free to draw its steps as it likes, so long as it uses these names for what they mean.
 */
public final class JourneyNames {

    public static final String MSG_RESOLUTION_CONFIRMED = "Msg_ResolutionConfirmed";

    /** The ticket row's id (Long). */
    public static final String VAR_TICKET_ID = "ticketId";
    /** The team that works the ticket, from routing (String); the handle task's candidate group. */
    public static final String VAR_ASSIGNED_GROUP = "assignedGroup";
    /** Who dispatch or a transfer gave the ticket to (String, null: the team's queue); the handle task's assignee. */
    public static final String VAR_DISPATCHED_TO = "dispatchedTo";
    /** The handle task's Camunda priority (Integer), derived from the ticket's priority so Tasklist sorts alike. */
    public static final String VAR_TASK_PRIORITY = "taskPriority";
    /**
     * The bean the SLA timers ask for their due dates: {@code ${slaDueDates.at(execution, 'RESOLUTION_BREACH')}},
     * one of FIRST_RESPONSE_ / RESOLUTION_ WARNING, BREACH, LEVEL_TWO.
     */
    public static final String BEAN_SLA_DUE_DATES = "slaDueDates";
    /** Input parameters of the SLA warning and escalation tasks: which target (String), which level (Integer). */
    public static final String VAR_SLA_TARGET = "slaTarget";
    public static final String VAR_ESCALATION_LEVEL = "escalationLevel";
    /** How long a resolved ticket waits for the customer before it closes by itself (ISO-8601 duration). */
    public static final String VAR_AUTO_CLOSE_AFTER = "autoCloseAfter";
    /** The agent's outcome when completing the handle task (String: an enum value of its form, e.g. RESOLVED). */
    public static final String VAR_OUTCOME = "outcome";
    /** The agent's note to the customer on resolving (transient String: stored in the timeline, not the engine). */
    public static final String VAR_RESOLUTION_NOTE = "resolutionNote";
    /** Who completed the handle task (String user id). */
    public static final String VAR_RESOLVED_BY = "resolvedBy";
    /** The customer's answer (Boolean). */
    public static final String VAR_RESOLUTION_ACCEPTED = "resolutionAccepted";
    /** The customer's 1–5 rating (Integer, may be absent). */
    public static final String VAR_RATING = "rating";
    /** Who relayed the customer's answer (String user id). */
    public static final String VAR_CONFIRMED_BY = "confirmedBy";

    /** Variables models may read but never write: which ticket a process is about, and who acted. */
    public static final Set<String> PROTECTED_VARIABLES = Set.of(VAR_TICKET_ID, VAR_RESOLVED_BY, VAR_CONFIRMED_BY);

    private JourneyNames() {
    }
}
