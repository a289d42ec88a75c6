package io.ticketflow.ticket;

import io.ticketflow.process.EngineText;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of {@code Task_HandleTicket}: names the task after its ticket ("TF-2026-000042 · Fridge not
 * cooling") so that Camunda Tasklist's list tells tickets apart, and describes category, channel and region.
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
        String name = ticket.getTicketNumber() + " · " + EngineText.safe(ticket.getSubject());
        task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name);
        String description = ticket.getCategory() + " via " + ticket.getChannel() + ", region "
                + ticket.getRegion() + ": " + EngineText.safe(ticket.getDescription());
        task.setDescription(description.length() > MAX_DESCRIPTION
                ? description.substring(0, MAX_DESCRIPTION - 1) + "…" : description);
    }
}
