package io.ticketflow.sla;

import io.ticketflow.process.TicketLifecycle;
import java.time.Instant;

/**
 * The lifecycle's SLA timers: for each target a warning and a breach timer on the handle task, and a second-level
 * timer after the breach. Each knows its BPMN element and the process variable holding its due date.
 */
enum SlaTimer {
    FIRST_RESPONSE_WARNING(SlaTarget.FIRST_RESPONSE, TicketLifecycle.BOUNDARY_FIRST_RESPONSE_DUE_SOON,
            TicketLifecycle.VAR_SLA_FIRST_RESPONSE_WARN_AT),
    FIRST_RESPONSE_BREACH(SlaTarget.FIRST_RESPONSE, TicketLifecycle.BOUNDARY_FIRST_RESPONSE_BREACHED,
            TicketLifecycle.VAR_SLA_FIRST_RESPONSE_DUE_AT),
    FIRST_RESPONSE_LEVEL_TWO(SlaTarget.FIRST_RESPONSE, TicketLifecycle.EVENT_FIRST_RESPONSE_LEVEL_TWO_DUE,
            TicketLifecycle.VAR_SLA_FIRST_RESPONSE_LEVEL_TWO_AT),
    RESOLUTION_WARNING(SlaTarget.RESOLUTION, TicketLifecycle.BOUNDARY_RESOLUTION_DUE_SOON,
            TicketLifecycle.VAR_SLA_RESOLUTION_WARN_AT),
    RESOLUTION_BREACH(SlaTarget.RESOLUTION, TicketLifecycle.BOUNDARY_RESOLUTION_BREACHED,
            TicketLifecycle.VAR_SLA_RESOLUTION_DUE_AT),
    RESOLUTION_LEVEL_TWO(SlaTarget.RESOLUTION, TicketLifecycle.EVENT_RESOLUTION_LEVEL_TWO_DUE,
            TicketLifecycle.VAR_SLA_RESOLUTION_LEVEL_TWO_AT);

    private final SlaTarget target;
    private final String activityId;
    private final String variable;

    SlaTimer(SlaTarget target, String activityId, String variable) {
        this.target = target;
        this.activityId = activityId;
        this.variable = variable;
    }

    SlaTarget target() {
        return target;
    }

    String activityId() {
        return activityId;
    }

    String variable() {
        return variable;
    }

    /** When this timer is due according to a target's schedule. */
    Instant dueIn(SlaSchedule schedule) {
        return switch (this) {
            case FIRST_RESPONSE_WARNING, RESOLUTION_WARNING -> schedule.warnAt();
            case FIRST_RESPONSE_BREACH, RESOLUTION_BREACH -> schedule.dueAt();
            case FIRST_RESPONSE_LEVEL_TWO, RESOLUTION_LEVEL_TWO -> schedule.levelTwoAt();
        };
    }
}
