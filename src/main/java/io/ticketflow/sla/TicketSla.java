package io.ticketflow.sla;

import io.ticketflow.sla.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** One SLA target of one ticket as stored ({@code tf_ticket_sla}). Fields are set by MyBatis. */
class TicketSla {

    private long ticketId;
    private SlaTarget target;
    private String calendarName;
    private String calendarZone;
    private Instant startedAt;
    private long targetSeconds;
    private Instant warnAt;
    private Instant dueAt;
    private Instant level2At;
    private Instant pausedSince;
    private long pausedSeconds;
    private Instant metAt;
    private Instant breachedAt;
    private String policyTable;
    private String policyVersion;
    private String policyRow;
    private String level1Recipients;
    private String level2Recipients;

    TicketSla() {
    }

    TicketSla(long ticketId, SlaSchedule schedule, WorkingCalendar calendar, SlaPolicy policy) {
        this.ticketId = ticketId;
        this.target = schedule.target();
        this.calendarName = calendar.name();
        this.calendarZone = calendar.zone().getId();
        this.policyTable = policy.table();
        this.policyVersion = policy.version();
        this.policyRow = policy.row();
        this.level1Recipients = String.join(",", policy.levelOneRecipients());
        this.level2Recipients = String.join(",", policy.levelTwoRecipients());
        apply(schedule);
    }

    final void apply(SlaSchedule schedule) {
        this.startedAt = schedule.startedAt();
        this.targetSeconds = schedule.targetDuration().toSeconds();
        this.warnAt = schedule.warnAt();
        this.dueAt = schedule.dueAt();
        this.level2At = schedule.levelTwoAt();
        this.pausedSince = schedule.pausedSince();
        this.pausedSeconds = schedule.pausedBusinessTime().toSeconds();
        this.metAt = schedule.metAt();
    }

    SlaSchedule schedule() {
        return new SlaSchedule(target, startedAt, Duration.ofSeconds(targetSeconds), warnAt, dueAt, level2At,
                pausedSince, Duration.ofSeconds(pausedSeconds), metAt);
    }

    ZoneId zone() {
        return ZoneId.of(calendarZone);
    }

    List<String> recipients(int level) {
        String tokens = level <= 1 ? level1Recipients : level2Recipients;
        return tokens == null || tokens.isBlank() ? List.of() : List.of(tokens.split(","));
    }

    String policyReason() {
        return policyTable + " table v" + policyVersion + ", row \"" + policyRow + "\"";
    }

    long getTicketId() {
        return ticketId;
    }

    SlaTarget getTarget() {
        return target;
    }

    String getCalendarName() {
        return calendarName;
    }

    String getCalendarZone() {
        return calendarZone;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    long getTargetSeconds() {
        return targetSeconds;
    }

    Instant getWarnAt() {
        return warnAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getLevel2At() {
        return level2At;
    }

    Instant getPausedSince() {
        return pausedSince;
    }

    long getPausedSeconds() {
        return pausedSeconds;
    }

    Instant getMetAt() {
        return metAt;
    }

    Instant getBreachedAt() {
        return breachedAt;
    }

    String getPolicyTable() {
        return policyTable;
    }

    String getPolicyVersion() {
        return policyVersion;
    }

    String getPolicyRow() {
        return policyRow;
    }

    String getLevel1Recipients() {
        return level1Recipients;
    }

    String getLevel2Recipients() {
        return level2Recipients;
    }
}
