package io.ticketflow.sla;

import io.ticketflow.sla.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * When one SLA target warns, is due and escalates a second time, and how pauses move those times. Pure arithmetic on
 * a {@link WorkingCalendar}: a pause moves every time not yet passed by exactly the business time the pause lasted.
 */
public record SlaSchedule(SlaTarget target, Instant startedAt, Duration targetDuration, Instant warnAt, Instant dueAt,
        Instant levelTwoAt, Instant pausedSince, Duration pausedBusinessTime, Instant metAt) {

    public static SlaSchedule start(SlaTarget target, SlaPolicy policy, WorkingCalendar calendar, Instant start) {
        Instant due = calendar.plus(start, policy.target(target));
        return new SlaSchedule(target, start, policy.target(target), calendar.plus(start, policy.warnAfter(target)),
                due, calendar.plus(due, policy.levelTwoAfter()), null, Duration.ZERO, null);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public boolean isMet() {
        return metAt != null;
    }

    public SlaSchedule pausedAt(Instant at) {
        if (isPaused() || isMet()) {
            return this;
        }
        return new SlaSchedule(target, startedAt, targetDuration, warnAt, dueAt, levelTwoAt, at, pausedBusinessTime,
                metAt);
    }

    /** Ends a pause: warning, due and level-two times still ahead at the pause move by the paused business time. */
    public SlaSchedule resumedAt(Instant at, WorkingCalendar calendar) {
        if (!isPaused()) {
            return this;
        }
        Duration paused = calendar.between(pausedSince, at);
        return new SlaSchedule(target, startedAt, targetDuration, shift(warnAt, at, calendar),
                shift(dueAt, at, calendar), shift(levelTwoAt, at, calendar), null, pausedBusinessTime.plus(paused),
                metAt);
    }

    public SlaSchedule metAt(Instant at) {
        if (isMet()) {
            return this;
        }
        Instant met = isPaused() ? pausedSince : at; // a pause ending in the target being met counts up to the pause
        return new SlaSchedule(target, startedAt, targetDuration, warnAt, dueAt, levelTwoAt, null,
                pausedBusinessTime, met);
    }

    /**
     * The target is open again (a rejected resolution): the clock runs on from where it stopped when the target was
     * met, the time in between counting as a pause.
     */
    public SlaSchedule reopenedAt(Instant at, WorkingCalendar calendar) {
        if (!isMet()) {
            return this;
        }
        return new SlaSchedule(target, startedAt, targetDuration, warnAt, dueAt, levelTwoAt, metAt,
                pausedBusinessTime, null).resumedAt(at, calendar);
    }

    /** Business time left until due (negative once overdue); frozen while paused, final once met. */
    public Duration remaining(Instant now, WorkingCalendar calendar) {
        Instant reference = isMet() ? metAt : isPaused() ? pausedSince : now;
        return reference.isAfter(dueAt) ? calendar.between(dueAt, reference).negated()
                : calendar.between(reference, dueAt);
    }

    /** Whether the target was (or is being) missed as of {@code now}. */
    public boolean isBreached(Instant now) {
        Instant reference = isMet() ? metAt : isPaused() ? pausedSince : now;
        return reference.isAfter(dueAt);
    }

    private Instant shift(Instant moment, Instant resumedAt, WorkingCalendar calendar) {
        if (!moment.isAfter(pausedSince)) {
            return moment; // already passed when the pause began
        }
        return calendar.plus(resumedAt, calendar.between(pausedSince, moment));
    }
}
