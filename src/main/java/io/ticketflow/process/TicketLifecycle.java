package io.ticketflow.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract between Java and {@code processes/ticket-lifecycle.bpmn}: its key, the elements Java refers to,
 * its messages and variables. Java never repeats these as literals; the wiring test checks each exists in the BPMN.
 */
public final class TicketLifecycle {

    public static final String PROCESS_KEY = "TicketLifecycleProcess";

    public static final String TASK_ROUTE_TICKET = "Task_RouteTicket";
    public static final String TASK_START_SLA_CLOCKS = "Task_StartSlaClocks";
    public static final String TASK_HANDLE_TICKET = "Task_HandleTicket";
    public static final String BOUNDARY_FIRST_RESPONSE_DUE_SOON = "BoundaryEvent_FirstResponseDueSoon";
    public static final String BOUNDARY_FIRST_RESPONSE_BREACHED = "BoundaryEvent_FirstResponseBreached";
    public static final String EVENT_FIRST_RESPONSE_LEVEL_TWO_DUE = "Event_FirstResponseLevelTwoDue";
    public static final String BOUNDARY_RESOLUTION_DUE_SOON = "BoundaryEvent_ResolutionDueSoon";
    public static final String BOUNDARY_RESOLUTION_BREACHED = "BoundaryEvent_ResolutionBreached";
    public static final String EVENT_RESOLUTION_LEVEL_TWO_DUE = "Event_ResolutionLevelTwoDue";
    public static final String TASK_WARN_FIRST_RESPONSE = "Task_WarnFirstResponseDueSoon";
    public static final String TASK_ESCALATE_FIRST_RESPONSE = "Task_EscalateFirstResponseBreach";
    public static final String TASK_ESCALATE_FIRST_RESPONSE_LEVEL_TWO = "Task_EscalateFirstResponseLevelTwo";
    public static final String TASK_WARN_RESOLUTION = "Task_WarnResolutionDueSoon";
    public static final String TASK_ESCALATE_RESOLUTION = "Task_EscalateResolutionBreach";
    public static final String TASK_ESCALATE_RESOLUTION_LEVEL_TWO = "Task_EscalateResolutionLevelTwo";
    public static final String TASK_MARK_RESOLVED = "Task_MarkTicketResolved";
    public static final String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String EVENT_RESOLUTION_CONFIRMED = "Event_ResolutionConfirmed";
    public static final String EVENT_CONFIRMATION_TIMED_OUT = "Event_ConfirmationTimedOut";
    public static final String TASK_REOPEN_TICKET = "Task_ReopenTicket";
    public static final String TASK_CLOSE_TICKET = "Task_CloseTicket";
    public static final String TASK_AUTO_CLOSE_TICKET = "Task_AutoCloseTicket";
    public static final String TASK_SETTLE_SERVICE = "Task_SettleService";
    public static final String END_TICKET_CLOSED = "EndEvent_TicketClosed";

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
    /** The agent's outcome when completing the handle task (String, see {@code HandleTicketOutcome}). */
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

    private TicketLifecycle() {
    }

    /**
     * The element ids and message names of the lifecycle that Java refers to: a deployment of
     * {@value #PROCESS_KEY} without one of them is refused (the process contract), since Java would fail on it.
     */
    public static Set<String> referencedElements() {
        Set<String> names = new TreeSet<>();
        for (Field field : TicketLifecycle.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && ELEMENT_PREFIXES.stream().anyMatch(field.getName()::startsWith)) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static final List<String> ELEMENT_PREFIXES = List.of("TASK_", "BOUNDARY_", "EVENT_", "GATEWAY_",
            "END_", "MSG_");
}
