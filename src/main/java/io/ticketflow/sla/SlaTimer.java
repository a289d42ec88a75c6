package io.ticketflow.sla;

import java.time.Instant;

/**
 * The ticket's SLA timers: for each target a warning and a breach timer, and a second-level timer after the breach,
 * wherever a journey draws them. A timer's name is what its expression passes to {@link SlaDueDates}
 * ({@code ${slaDueDates.at(execution, 'RESOLUTION_BREACH')}}), which is also how its jobs are recognised.
 */
enum SlaTimer {
    FIRST_RESPONSE_WARNING(SlaTarget.FIRST_RESPONSE),
    FIRST_RESPONSE_BREACH(SlaTarget.FIRST_RESPONSE),
    FIRST_RESPONSE_LEVEL_TWO(SlaTarget.FIRST_RESPONSE),
    RESOLUTION_WARNING(SlaTarget.RESOLUTION),
    RESOLUTION_BREACH(SlaTarget.RESOLUTION),
    RESOLUTION_LEVEL_TWO(SlaTarget.RESOLUTION);

    private final SlaTarget target;

    SlaTimer(SlaTarget target) {
        this.target = target;
    }

    SlaTarget target() {
        return target;
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
