package io.ticketflow.sla;

import io.ticketflow.rules.RulesSettings;
import io.ticketflow.sla.calendar.CalendarBook;
import io.ticketflow.sla.calendar.CalendarFile;
import io.ticketflow.system.AnalystFile;
import io.ticketflow.system.AnalystFolder;
import io.ticketflow.system.KnownRegions;
import java.util.List;
import java.util.SortedSet;
import org.springframework.stereotype.Component;

/**
 * The business calendars of {@code rules/calendars.yaml}, read at start-up; a broken file stops the start. Its
 * {@code regions} are the regions the system knows ({@link KnownRegions}).
 */
@Component
class SlaCalendars implements KnownRegions {

    private final CalendarBook book;

    SlaCalendars(RulesSettings rules, SlaSettings settings) {
        List<AnalystFile> files = new AnalystFolder(rules.rulesDir(), "rules").list(settings.calendarFile());
        AnalystFile file = files.stream().filter(f -> f.fileName().equals(settings.calendarFile())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + settings.calendarFile() + " in the rules folder"));
        this.book = CalendarFile.parse(file.content(), file.fileName());
    }

    CalendarBook book() {
        return book;
    }

    @Override
    public SortedSet<String> all() {
        return book.regions();
    }
}
