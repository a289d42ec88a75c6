package io.ticketflow.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business time on the real {@code rules/calendars.yaml} (China, 2026) and on hand-made calendars. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final CalendarBook BOOK = readRealFile();
    private static final BusinessCalendar CN = BOOK.calendar("CN");

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            // start (Shanghai),  working time, due (Shanghai)
            "2026-03-10T10:00, PT2H,  2026-03-10T12:00",   // within the morning
            "2026-03-10T11:00, PT2H,  2026-03-10T14:00",   // over the lunch break
            "2026-03-10T17:00, PT2H,  2026-03-11T10:00",   // overnight
            "2026-03-10T20:00, PT1H,  2026-03-11T10:00",   // created after hours
            "2026-03-10T06:30, PT1H,  2026-03-10T10:00",   // created before hours
            "2026-03-13T17:00, PT2H,  2026-03-16T10:00",   // Friday evening to Monday
            "2026-03-14T10:00, PT1H,  2026-03-16T10:00",   // created on a Saturday
            "2026-03-10T09:00, PT8H,  2026-03-10T18:00",   // one business day is due at its close
            "2026-03-10T18:00, PT8H,  2026-03-11T18:00",   // from the close, the next day's close
            "2026-03-10T09:00, PT40H, 2026-03-16T18:00",   // a working week
            "2026-03-10T09:00, PT100H, 2026-03-26T14:00",  // longer than two weeks
            "2026-03-12T12:30, PT30M, 2026-03-12T13:30",   // created in the lunch break
            "2026-03-10T12:00, PT0S,  2026-03-10T13:00",   // zero from a break waits for work to start
            "2026-09-30T17:00, PT2H,  2026-10-08T10:00",   // National Day holidays
            "2026-09-19T10:00, PT1H,  2026-09-20T10:00",   // Saturday → Sunday 20 Sep, an adjusted working day
            "2026-09-20T10:00, PT1H,  2026-09-20T11:00",   // within that working Sunday
            "2026-02-13T17:30, PT1H,  2026-02-14T09:30",   // Friday → working Saturday before Spring Festival
            "2026-02-14T17:30, PT1H,  2026-02-24T09:30",   // → after nine days of Spring Festival
    })
    void addsWorkingTimeInShanghai(String start, String amount, String due) {
        Instant from = shanghai(start);

        Instant result = CN.plus(from, Duration.parse(amount));

        assertThat(LocalDateTime.ofInstant(result, SHANGHAI)).isEqualTo(LocalDateTime.parse(due));
    }

    @Test
    void countsWorkingTimeBetweenTwoInstants() {
        assertThat(CN.between(shanghai("2026-03-13T17:00"), shanghai("2026-03-16T10:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(CN.between(shanghai("2026-09-30T08:00"), shanghai("2026-10-09T08:00")))
                .as("30 Sep, the holidays, 8 Oct").isEqualTo(Duration.ofHours(16));
        assertThat(CN.between(shanghai("2026-03-10T12:10"), shanghai("2026-03-10T12:50"))).isZero();
        assertThat(CN.between(shanghai("2026-03-11T10:00"), shanghai("2026-03-10T10:00"))).isZero();
    }

    @Test
    void betweenUndoesPlusForAnyStartAndAmount() {
        Random random = new Random(20261122);
        Instant base = shanghai("2026-01-01T00:00");
        for (int i = 0; i < 2_000; i++) {
            Instant start = base.plusSeconds(random.nextInt(365 * 24 * 3600));
            Duration amount = Duration.ofMinutes(random.nextInt(60 * 24 * 20));
            Instant due = CN.plus(start, amount);
            assertThat(CN.between(start, due)).as("from %s plus %s", start, amount).isEqualTo(amount);
            assertThat(due).isAfterOrEqualTo(start);
        }
    }

    @Test
    void regionsCountInTheirOwnCalendarAndZone() {
        WorkingCalendar west = BOOK.forRegion("WEST", CalendarKind.BUSINESS_HOURS);
        WorkingCalendar unknown = BOOK.forRegion("ATLANTIS", CalendarKind.BUSINESS_HOURS);
        WorkingCalendar allDay = BOOK.forRegion("EAST", CalendarKind.TWENTY_FOUR_SEVEN);

        assertThat(west.name()).isEqualTo("CN-WEST");
        assertThat(west.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        // Saturday morning is worked in the west: 10:00-13:00 Urumqi time.
        Instant saturday = LocalDateTime.parse("2026-03-14T09:00").atZone(west.zone()).toInstant();
        assertThat(LocalDateTime.ofInstant(west.plus(saturday, Duration.ofHours(1)), west.zone()))
                .isEqualTo(LocalDateTime.parse("2026-03-14T11:00"));
        assertThat(unknown.name()).isEqualTo("CN");
        assertThat(allDay.plus(shanghai("2026-03-14T10:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-03-14T12:00"));
        assertThat(allDay.name()).isEqualTo("24x7");
    }

    @Test
    void aDaylightSavingChangeShortensAndLengthensTheWorkingDay() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Map<DayOfWeek, List<TimeRange>> allDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            allDay.put(day, List.of(TimeRange.parse("00:00-24:00")));
        }
        Map<DayOfWeek, List<TimeRange>> night = new EnumMap<>(DayOfWeek.class);
        night.put(DayOfWeek.SUNDAY, List.of(TimeRange.parse("01:00-04:00")));
        BusinessCalendar openAllDay = new BusinessCalendar("all-day", berlin, allDay, Set.of(), Map.of());
        BusinessCalendar nightShift = new BusinessCalendar("night", berlin, night, Set.of(), Map.of());

        Instant saturdayNoon = LocalDateTime.parse("2026-03-28T12:00").atZone(berlin).toInstant();
        assertThat(LocalDateTime.ofInstant(openAllDay.plus(saturdayNoon, Duration.ofHours(24)), berlin))
                .as("29 March has 23 hours").isEqualTo(LocalDateTime.parse("2026-03-29T13:00"));
        Instant autumnSaturday = LocalDateTime.parse("2026-10-24T12:00").atZone(berlin).toInstant();
        assertThat(LocalDateTime.ofInstant(openAllDay.plus(autumnSaturday, Duration.ofHours(24)), berlin))
                .as("25 October has 25 hours").isEqualTo(LocalDateTime.parse("2026-10-25T11:00"));
        Instant springSunday = LocalDate.parse("2026-03-29").atStartOfDay(berlin).toInstant();
        assertThat(nightShift.between(springSunday, springSunday.plus(Duration.ofDays(1))))
                .as("01:00-04:00 on the night the clocks skip 02:00-03:00").isEqualTo(Duration.ofHours(2));
    }

    @Test
    void refusesACalendarThatNeverWorks() {
        assertThatThrownBy(() -> new BusinessCalendar("never", SHANGHAI, Map.of(), Set.of(), Map.of()))
                .hasMessageContaining("no working hours");
        Map<DayOfWeek, List<TimeRange>> mondays = Map.of(DayOfWeek.MONDAY, List.of(TimeRange.parse("09:00-10:00")));
        Set<LocalDate> everyMonday = new java.util.HashSet<>(
                LocalDate.parse("2026-01-01").datesUntil(LocalDate.parse("2031-01-01")).toList());
        BusinessCalendar allHolidays = new BusinessCalendar("closed", SHANGHAI, mondays, everyMonday, Map.of());
        assertThatThrownBy(() -> allHolidays.plus(shanghai("2026-01-01T00:00"), Duration.ofHours(1)))
                .hasMessageContaining("no working time");
    }

    @Test
    void explainsWhatIsWrongInABrokenCalendarFile() {
        String badZone = "default: A\ncalendars:\n  A:\n    zone: Mars/Olympus\n    hours:\n      MONDAY: [\"09:00-18:00\"]\n";
        String badHours = "default: A\ncalendars:\n  A:\n    zone: UTC\n    hours:\n      MONDAY: [\"18:00-09:00\"]\n";
        String badRegion = "default: A\nregions:\n  EAST: B\ncalendars:\n  A:\n    zone: UTC\n    hours:\n"
                + "      MONDAY: [\"09:00-18:00\"]\n";

        assertThatThrownBy(() -> CalendarFile.parse(badZone.getBytes(), "calendars.yaml"))
                .hasMessageContaining("calendar A").hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> CalendarFile.parse(badHours.getBytes(), "calendars.yaml"))
                .hasMessageContaining("calendar A").hasMessageContaining("18:00");
        assertThatThrownBy(() -> CalendarFile.parse(badRegion.getBytes(), "calendars.yaml"))
                .hasMessageContaining("EAST").hasMessageContaining("'B'");
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static CalendarBook readRealFile() {
        try {
            return CalendarFile.parse(Files.readAllBytes(Path.of("rules/calendars.yaml")), "calendars.yaml");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
