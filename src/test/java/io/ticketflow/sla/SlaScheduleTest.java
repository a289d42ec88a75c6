package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.sla.calendar.BusinessCalendar;
import io.ticketflow.sla.calendar.CalendarKind;
import io.ticketflow.sla.calendar.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due times of one target, and how a pause moves them, on a 09:00–17:00 weekday calendar in Shanghai. */
class SlaScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar OFFICE = officeHours();
    private static final SlaPolicy TWO_HOURS = new SlaPolicy(Duration.ofHours(2), Duration.ofHours(16), 75,
            CalendarKind.BUSINESS_HOURS, List.of("team-supervisors"), Duration.ofHours(1),
            List.of("managers-{region}"), "sla-policy", "0123456789ab", "Test");

    @Test
    void warnsAtThreeQuartersDueAtTheTargetAndEscalatesAgainAnHourLater() {
        SlaSchedule schedule = SlaSchedule.start(SlaTarget.FIRST_RESPONSE, TWO_HOURS, OFFICE, at("2026-03-10T16:00"));

        assertThat(local(schedule.warnAt())).isEqualTo("2026-03-11T09:30");
        assertThat(local(schedule.dueAt())).isEqualTo("2026-03-11T10:00");
        assertThat(local(schedule.levelTwoAt())).isEqualTo("2026-03-11T11:00");
        assertThat(schedule.remaining(at("2026-03-10T20:00"), OFFICE)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.remaining(at("2026-03-11T10:30"), OFFICE)).isEqualTo(Duration.ofMinutes(-30));
        assertThat(schedule.isBreached(at("2026-03-11T10:30"))).isTrue();
    }

    @Test
    void aPauseMovesEveryTimeStillAheadByThePausedBusinessTime() {
        SlaSchedule started = SlaSchedule.start(SlaTarget.FIRST_RESPONSE, TWO_HOURS, OFFICE, at("2026-03-10T09:00"));

        SlaSchedule paused = started.pausedAt(at("2026-03-10T09:45"));
        SlaSchedule resumed = paused.resumedAt(at("2026-03-10T15:15"), OFFICE); // 5.5 business hours later

        assertThat(paused.remaining(at("2026-03-10T14:00"), OFFICE)).as("frozen while paused")
                .isEqualTo(Duration.ofMinutes(75));
        assertThat(resumed.pausedBusinessTime()).isEqualTo(Duration.ofMinutes(330));
        assertThat(local(resumed.warnAt())).isEqualTo("2026-03-10T16:00");
        assertThat(local(resumed.dueAt())).isEqualTo("2026-03-10T16:30");
        assertThat(local(resumed.levelTwoAt())).as("past 17:00, on the next morning").isEqualTo("2026-03-11T09:30");
        assertThat(OFFICE.between(started.dueAt(), resumed.dueAt())).isEqualTo(Duration.ofMinutes(330));
    }

    @Test
    void aPauseOverAWeekendMovesByBusinessTimeOnly() {
        SlaSchedule started = SlaSchedule.start(SlaTarget.RESOLUTION, TWO_HOURS, OFFICE, at("2026-03-13T09:00"));

        SlaSchedule resumed = started.pausedAt(at("2026-03-13T16:00")).resumedAt(at("2026-03-16T10:00"), OFFICE);

        assertThat(resumed.pausedBusinessTime()).isEqualTo(Duration.ofHours(2));
        assertThat(OFFICE.between(started.dueAt(), resumed.dueAt())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void timesAlreadyPassedBeforeThePauseStayWhereTheyWere() {
        SlaSchedule started = SlaSchedule.start(SlaTarget.FIRST_RESPONSE, TWO_HOURS, OFFICE, at("2026-03-10T09:00"));

        SlaSchedule resumed = started.pausedAt(at("2026-03-10T10:45")).resumedAt(at("2026-03-10T13:45"), OFFICE);

        assertThat(resumed.warnAt()).as("warned at 10:30, before the pause").isEqualTo(started.warnAt());
        assertThat(local(resumed.dueAt())).isEqualTo("2026-03-10T14:00");
    }

    @Test
    void aMetTargetStaysMetAndIgnoresLaterPauses() {
        SlaSchedule met = SlaSchedule.start(SlaTarget.FIRST_RESPONSE, TWO_HOURS, OFFICE, at("2026-03-10T09:00"))
                .metAt(at("2026-03-10T09:40"));

        assertThat(met.isMet()).isTrue();
        assertThat(met.pausedAt(at("2026-03-10T10:00"))).isEqualTo(met);
        assertThat(met.remaining(at("2026-03-12T10:00"), OFFICE)).isEqualTo(Duration.ofMinutes(80));
        assertThat(met.isBreached(at("2026-03-12T10:00"))).isFalse();
    }

    @Test
    void aReopenedTargetRunsOnWithTheTimeItSatMetCountedAsAPause() {
        SlaSchedule met = SlaSchedule.start(SlaTarget.RESOLUTION, TWO_HOURS, OFFICE, at("2026-03-10T09:00"))
                .metAt(at("2026-03-10T10:00")); // 1 of 16 hours used

        SlaSchedule reopened = met.reopenedAt(at("2026-03-11T10:00"), OFFICE); // sat resolved for 8 business hours

        assertThat(reopened.isMet()).isFalse();
        assertThat(reopened.pausedBusinessTime()).isEqualTo(Duration.ofHours(8));
        assertThat(reopened.remaining(at("2026-03-11T10:00"), OFFICE)).isEqualTo(Duration.ofHours(15));
    }

    @Test
    void resumingWithoutAPauseChangesNothing() {
        SlaSchedule started = SlaSchedule.start(SlaTarget.FIRST_RESPONSE, TWO_HOURS, OFFICE, at("2026-03-10T09:00"));

        assertThat(started.resumedAt(at("2026-03-10T10:00"), OFFICE)).isEqualTo(started);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SHANGHAI).toString();
    }

    private static BusinessCalendar officeHours() {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(TimeRange.parse("09:00-17:00")));
        }
        return new BusinessCalendar("office", SHANGHAI, hours, Set.of(), Map.of());
    }
}
