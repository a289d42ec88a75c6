package io.ticketflow.sla;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA settings ({@code ticketflow.sla.*}): the calendar file in the rules folder.
 *
 * @param calendarFile the business calendars' file name inside {@code ticketflow.rules-dir}
 */
@ConfigurationProperties("ticketflow.sla")
public record SlaSettings(@DefaultValue("calendars.yaml") String calendarFile) {
}
