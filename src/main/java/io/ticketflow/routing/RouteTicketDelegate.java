package io.ticketflow.routing;

import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.ProcessBean;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.ticket.TicketActors;
import io.ticketflow.ticket.TicketService.Placement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RouteTicket}: routes and dispatches the ticket, then hands the team, the person (if dispatch picked
 * one) and the priority to the handle task.
 */
@ProcessBean
@Component("routeTicketDelegate")
class RouteTicketDelegate implements JavaDelegate {

    private final TicketRouting routing;

    RouteTicketDelegate(TicketRouting routing) {
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Placement placement = routing.route(LifecycleVariables.ticketId(execution), RoutingKind.ROUTED,
                TicketActors.SYSTEM);
        execution.setVariable(JourneyNames.VAR_ASSIGNED_GROUP, placement.team());
        execution.setVariable(JourneyNames.VAR_DISPATCHED_TO, placement.assignee());
        execution.setVariable(JourneyNames.VAR_TASK_PRIORITY, placement.priority().taskPriority());
    }
}
