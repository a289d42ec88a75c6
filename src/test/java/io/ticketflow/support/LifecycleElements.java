package io.ticketflow.support;

/**
 * The element ids of {@code processes/ticket-lifecycle.bpmn} that tests drive. Only tests know them: the
 * application's Java knows no journey's element ids (docs/processes.md).
 */
public final class LifecycleElements {

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

    private LifecycleElements() {
    }
}
