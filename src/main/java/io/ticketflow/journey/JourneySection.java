package io.ticketflow.journey;

import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketViewSection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ticket view's {@code journey}: which process the ticket runs (key, version, what chose it), the steps open now
 * — several at once when departments work in parallel — and the steps finished, oldest first.
 */
@Component
class JourneySection implements TicketViewSection {

    private final TicketSteps steps;
    private final Clock clock;

    JourneySection(TicketSteps steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "journey";
    }

    @Override
    public Object of(Ticket ticket) {
        if (ticket.getJourneyKey() == null) {
            return null;
        }
        List<TicketStep> all = steps.ofTicket(ticket.getId());
        Instant now = clock.instant();
        return new Journey(ticket.getJourneyKey(), ticket.getJourneyVersion(), ticket.getJourneyRule(),
                all.stream().filter(step -> step.status() == StepStatus.OPEN).map(step -> StepView.of(step, now)).toList(),
                all.stream().filter(step -> step.status() != StepStatus.OPEN).map(step -> StepView.of(step, now)).toList());
    }

    /** A ticket's journey as the API shows it. */
    record Journey(String key, Integer version, String chosenBy, List<StepView> activeSteps,
            List<StepView> finishedSteps) {
    }

    /** One step: the model's element and name, its kind, who has it, since when, until when, how it ended. */
    record StepView(String taskId, String element, String name, String kind, String team, String assignee,
            Instant since, Instant dueAt, boolean overdue, StepStatus status, Instant endedAt, String endedBy) {

        /** Overdue: past its own target, while open or when it ended. */
        static StepView of(TicketStep step, Instant now) {
            Instant reference = step.endedAt() != null ? step.endedAt() : now;
            return new StepView(step.taskId(), step.elementId(), step.name(), step.kind(), step.team(),
                    step.assignee(), step.startedAt(), step.dueAt(),
                    step.dueAt() != null && reference.isAfter(step.dueAt()), step.status(),
                    step.endedAt(), step.endedBy());
        }
    }
}
