package io.ticketflow.ticket;

import io.ticketflow.process.EngineText;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the ticket's user tasks: names the task after its ticket ("TF-2026-000042 · REPAIR · EAST") so
 * that Camunda Tasklist's list tells tickets apart, and describes category, channel and region. Nothing the customer
 * wrote goes into the engine: its tasks, history and variables can be read through Cockpit and the engine's API by
 * people who may not see the ticket (docs/security.md); subject and description stay in our tables, behind the
 * ticket's visibility.
 */
@ProcessBean
@Component("ticketTaskNamingListener")
class TicketTaskNamingListener implements TaskListener {

    /** Camunda's column sizes for a task's name and description. */
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 4000;

    private final TicketService tickets;

    TicketTaskNamingListener(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public void notify(DelegateTask task) {
        Ticket ticket = tickets.get(LifecycleVariables.ticketId(task));
        String name = ticket.getTicketNumber() + " · " + ticket.getCategory() + " · " + ticket.getRegion();
        task.setName(EngineText.safe(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name));
        String description = ticket.getCategory() + " via " + ticket.getChannel() + ", region "
                + ticket.getRegion();
        task.setDescription(EngineText.safe(description.length() > MAX_DESCRIPTION
                ? description.substring(0, MAX_DESCRIPTION - 1) + "…" : description));
    }
}
