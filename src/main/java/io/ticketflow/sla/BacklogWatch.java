package io.ticketflow.sla;

import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.Message;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.NotificationSettings;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches every team's open tickets. Crossing the team's upper threshold sends one alarm to its supervisors; the
 * alarm re-arms only after the backlog falls below the lower threshold, so a backlog hovering around the limit
 * does not flood anyone. Safe on several nodes: the alarm row is switched by a conditional update.
 */
@Component
public class BacklogWatch {

    private static final Logger log = LoggerFactory.getLogger(BacklogWatch.class);

    private final BacklogMapper backlog;
    private final SlaSettings settings;
    private final Recipients recipients;
    private final MessageTemplates templates;
    private final NotificationOutbox outbox;
    private final NotificationSettings notificationSettings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BacklogWatch(BacklogMapper backlog, SlaSettings settings, Recipients recipients, MessageTemplates templates,
            NotificationOutbox outbox, NotificationSettings notificationSettings, TransactionTemplate transaction,
            Clock clock) {
        this.backlog = backlog;
        this.settings = settings;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.notificationSettings = notificationSettings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ticketflow.sla.backlog.check-interval:PT1M}")
    /** Open tickets per team now, most first, with whether the team's backlog alarm is raised. */
    public List<TeamLoad> openTicketsPerTeam() {
        return backlog.countOpenTicketsPerTeam().stream()
                .map(row -> new TeamLoad(row.team(), row.openTickets(),
                        Boolean.TRUE.equals(backlog.findRaised(row.team()))))
                .sorted(Comparator.comparingInt(TeamLoad::openTickets).reversed()).toList();
    }

    /** A team's open tickets and whether its backlog alarm is raised. */
    public record TeamLoad(String team, int openTickets, boolean alarm) {
    }

    public void checkAllTeams() {
        for (BacklogMapper.TeamBacklog team : backlog.countOpenTicketsPerTeam()) {
            check(team.team(), team.openTickets());
        }
    }

    /** Applies the rule to one team's count; returns what happened. */
    public BacklogAlarm check(String team, int openTickets) {
        return transaction.execute(status -> {
            Boolean raised = backlog.findRaised(team);
            if (raised == null) {
                try {
                    backlog.insertAlarm(team, clock.instant());
                } catch (DuplicateKeyException anotherNodeInsertedIt) {
                    return BacklogAlarm.NONE;
                }
                raised = false;
            }
            BacklogAlarm decision = BacklogAlarm.decide(raised, openTickets, settings.backlog().thresholdsOf(team));
            if (decision == BacklogAlarm.NONE
                    || backlog.switchAlarm(team, decision == BacklogAlarm.RAISE, openTickets, clock.instant()) == 0) {
                return BacklogAlarm.NONE;
            }
            if (decision == BacklogAlarm.RAISE) {
                tellSupervisors(team, openTickets, clock.instant());
            }
            log.info("Backlog of team {} at {} open tickets: alarm {}", team, openTickets, decision);
            return decision;
        });
    }

    private void tellSupervisors(String team, int openTickets, Instant at) {
        SlaSettings.Thresholds thresholds = settings.backlog().thresholdsOf(team);
        for (Recipient person : recipients.resolve(List.of(Recipients.TEAM_SUPERVISORS), team, null)) {
            Message message = templates.render("backlog-alarm", person.language(), Map.of("recipientName",
                    person.userId(),
                    "team", team, "openTickets", String.valueOf(openTickets),
                    "raiseAt", String.valueOf(thresholds.raiseAt()),
                    "clearBelow", String.valueOf(thresholds.clearBelow()),
                    "link", notificationSettings.publicUrl() + "/api/tickets?group=" + team));
            outbox.enqueue("backlog:" + team + ":" + at.toEpochMilli() + ":" + person.userId(), "BACKLOG_ALARM", null,
                    person, message);
        }
    }
}
