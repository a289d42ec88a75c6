package io.ticketflow.journey;

import io.ticketflow.journey.StepDueDates.StepMoment;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import io.ticketflow.sla.EscalationMails;
import io.ticketflow.sla.StepTargets;
import io.ticketflow.ticket.SlaFigures;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A journey step's own escalations: a warning to whoever works it (or its team) before it is due (level 0), the
 * breach told to its row's recipients — the supervisors of the step's team by default (level 1) — and a second
 * level (level 2). Each happens at most once per step, also with two nodes (a conditional update), only while the
 * step is open, and only once its time has come.
 */
@Service
class StepEscalations {

    private final StepMapper steps;
    private final TicketService tickets;
    private final StepTargets targets;
    private final Recipients recipients;
    private final EscalationMails mails;
    private final Clock clock;

    StepEscalations(StepMapper steps, TicketService tickets, StepTargets targets, Recipients recipients,
            EscalationMails mails, Clock clock) {
        this.steps = steps;
        this.tickets = tickets;
        this.targets = targets;
        this.recipients = recipients;
        this.mails = mails;
        this.clock = clock;
    }

    /** Escalates what has come due on the open steps of one process instance; returns how many escalations. */
    @Transactional
    public int escalateDue(String processInstanceId) {
        Instant now = clock.instant();
        int done = 0;
        for (TicketStep step : steps.findOpenStepsOfInstance(processInstanceId)) {
            if (!step.hasTarget()) {
                continue;
            }
            for (StepMoment moment : StepMoment.values()) {
                int level = moment.ordinal();
                if (!now.isBefore(moment.of(step)) && steps.markEscalated(step.id(), level, now) == 1) {
                    escalate(step, level, now);
                    done++;
                }
            }
        }
        return done;
    }

    private void escalate(TicketStep step, int level, Instant now) {
        Ticket ticket = tickets.get(step.ticketId());
        List<String> words = level == 0 ? List.of(step.assignee() != null ? "user:" + step.assignee()
                : Recipients.TEAM) : step.recipients(level);
        List<Recipient> people = recipients.resolve(words, step.team(), ticket.getRegion());
        String late = SlaFigures.Figure.humanize(targets.between(step.calendarName(), step.calendarZone(),
                step.dueAt(), now));
        String told = people.isEmpty() ? "nobody (no recipient with an e-mail address)"
                : people.stream().map(Recipient::userId).collect(Collectors.joining(", "));
        String what = "step \"" + step.name() + "\" (" + step.kind() + ", " + step.team() + ")";
        if (level == 0) {
            tickets.recordSystemEvent(ticket.getId(), TicketEventType.STEP_WARNING, what + " due at " + step.dueAt()
                    + "; told " + told);
        } else if (level == 1) {
            tickets.recordSystemEvent(ticket.getId(), TicketEventType.STEP_BREACHED, what + " missed (due "
                    + step.dueAt() + ", " + late + " late); told " + told);
        } else {
            tickets.recordSystemEvent(ticket.getId(), TicketEventType.STEP_ESCALATED, what + " escalated to level 2, "
                    + late + " late; told " + told);
        }
        notify(ticket, step, level, people, now);
    }

    private void notify(Ticket ticket, TicketStep step, int level, List<Recipient> people, Instant now) {
        mails.send(new EscalationMails.Notice(ticket, ticket.getPriority(), step.team(), step.assignee(),
                step.slaRule(), "step \"" + step.name() + "\"", step.dueAt(), ZoneId.of(step.calendarZone()),
                targets.between(step.calendarName(), step.calendarZone(), now, step.dueAt()),
                targets.between(step.calendarName(), step.calendarZone(), step.dueAt(), now), level,
                level == 0 ? "STEP_WARNING" : level == 1 ? "STEP_BREACH" : "STEP_LEVEL_TWO", "step:" + step.id() + ":"
                + level), people);
    }
}
