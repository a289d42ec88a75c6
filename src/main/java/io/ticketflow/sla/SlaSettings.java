package io.ticketflow.sla;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA settings ({@code ticketflow.sla.*}).
 *
 * @param calendarFile the business calendars' file name inside {@code ticketflow.rules-dir}
 * @param backlog when a team's open tickets raise an alarm to its supervisors
 */
@ConfigurationProperties("ticketflow.sla")
public record SlaSettings(@DefaultValue("calendars.yaml") String calendarFile, @DefaultValue Backlog backlog) {

    /**
     * Backlog alarms: a team with {@code raiseAt} or more open tickets raises one alarm; it re-arms only once the
     * backlog falls below {@code clearBelow}. {@code teams} overrides both per team.
     */
    public record Backlog(@DefaultValue("50") int raiseAt, @DefaultValue("40") int clearBelow,
            Map<String, Thresholds> teams) {

        public Thresholds thresholdsOf(String team) {
            Thresholds own = teams == null ? null : teams.get(team);
            return own != null ? own : new Thresholds(raiseAt, clearBelow);
        }
    }

    public record Thresholds(int raiseAt, int clearBelow) {

        public Thresholds {
            if (clearBelow > raiseAt) {
                throw new IllegalArgumentException("backlog clear-below " + clearBelow + " is above raise-at "
                        + raiseAt);
            }
        }
    }
}
