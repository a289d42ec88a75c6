package io.ticketflow.sla;

import io.ticketflow.ticket.TicketEvents;
import io.ticketflow.ticket.TicketService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the SLA clocks when the ticket changes, in the same transaction: the first response and the resolution meet
 * their targets; waiting on the customer stops the clocks and their timers; the customer's reply starts them again;
 * a rejected resolution opens the resolution target again.
 */
@Component
class SlaTicketListener {

    private final SlaClocks clocks;
    private final SlaTimerJobs timers;
    private final TicketService tickets;

    SlaTicketListener(SlaClocks clocks, SlaTimerJobs timers, TicketService tickets) {
        this.clocks = clocks;
        this.timers = timers;
        this.tickets = tickets;
    }

    @EventListener
    void firstResponseGiven(TicketEvents.FirstResponseGiven event) {
        clocks.meet(event.ticketId(), SlaTarget.FIRST_RESPONSE, event.at());
    }

    @EventListener
    void resolved(TicketEvents.TicketResolved event) {
        clocks.meet(event.ticketId(), SlaTarget.RESOLUTION, event.at());
    }

    /** Runs before the handle task is created again, so its new timers read the moved due dates. */
    @EventListener
    void reopened(TicketEvents.TicketReopened event) {
        timers.reschedule(tickets.get(event.ticketId()).getProcessInstanceId(),
                clocks.reopen(event.ticketId(), event.at()));
    }

    @EventListener
    void customerAwaited(TicketEvents.CustomerAwaited event) {
        clocks.pause(event.ticketId(), event.at());
        timers.suspend(tickets.get(event.ticketId()).getProcessInstanceId());
    }

    @EventListener
    void customerReplied(TicketEvents.CustomerReplied event) {
        timers.reschedule(tickets.get(event.ticketId()).getProcessInstanceId(),
                clocks.resume(event.ticketId(), event.at()));
    }
}
