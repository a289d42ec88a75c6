package io.ticketflow.sla;

/** The backlog alarm's rule with hysteresis: raise once at the upper threshold, re-arm below the lower one. */
enum BacklogAlarm {
    RAISE, CLEAR, NONE;

    static BacklogAlarm decide(boolean raised, int openTickets, SlaSettings.Thresholds thresholds) {
        if (!raised && openTickets >= thresholds.raiseAt()) {
            return RAISE;
        }
        if (raised && openTickets < thresholds.clearBelow()) {
            return CLEAR;
        }
        return NONE;
    }
}
