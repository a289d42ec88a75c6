package io.ticketflow.sla;

import io.ticketflow.process.TicketLifecycle;
import java.time.Instant;

/**
 * The lifecycle's SLA timers: for each target a warning and a breach timer on the handle task, and a second-level
 * timer after the breach. Each knows its BPMN element; its name is what the element's timer expression passes to
 * {@link SlaDueDates}.
 */
enum SlaTimer {
    FIRST_RESPONSE_WARNING(SlaTarget.FIRST_RESPONSE, TicketLifecycle.BOUNDARY_FIRST_RESPONSE_DUE_SOON),
    FIRST_RESPONSE_BREACH(SlaTarget.FIRST_RESPONSE, TicketLifecycle.BOUNDARY_FIRST_RESPONSE_BREACHED),
    FIRST_RESPONSE_LEVEL_TWO(SlaTarget.FIRST_RESPONSE, TicketLifecycle.EVENT_FIRST_RESPONSE_LEVEL_TWO_DUE),
    RESOLUTION_WARNING(SlaTarget.RESOLUTION, TicketLifecycle.BOUNDARY_RESOLUTION_DUE_SOON),
    RESOLUTION_BREACH(SlaTarget.RESOLUTION, TicketLifecycle.BOUNDARY_RESOLUTION_BREACHED),
    RESOLUTION_LEVEL_TWO(SlaTarget.RESOLUTION, TicketLifecycle.EVENT_RESOLUTION_LEVEL_TWO_DUE);

    private final SlaTarget target;
    private final String activityId;

    SlaTimer(SlaTarget target, String activityId) {
        this.target = target;
        this.activityId = activityId;
    }

    SlaTarget target() {
        return target;
    }

    String activityId() {
        return activityId;
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
