package io.ticketflow.routing;

import io.ticketflow.customer.CustomerService;
import io.ticketflow.process.LifecycleVariables;
import io.ticketflow.process.TicketLifecycle;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RouteTicket}: asks the routing table which team works the ticket and at which priority, records the
 * decision with its reason on the ticket, and hands the team to the process as the handle task's candidate group.
 */
@Component("routeTicketDelegate")
class RouteTicketDelegate implements JavaDelegate {

    private final TicketService tickets;
    private final CustomerService customers;
    private final TicketRouter router;

    RouteTicketDelegate(TicketService tickets, CustomerService customers, TicketRouter router) {
        this.tickets = tickets;
        this.customers = customers;
        this.router = router;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long ticketId = LifecycleVariables.ticketId(execution);
        Ticket ticket = tickets.get(ticketId);
        String tier = customers.get(ticket.getCustomerId()).getTier().name();
        RoutingDecision decision = router.route(new RoutingRequest(ticket.getCategory(), ticket.getChannel().name(),
                tier, ticket.getRegion()));
        Priority priority = tickets.applyRouting(ticket, decision.targetGroup(),
                Priority.valueOf(decision.priority()), decision.reason());
        execution.setVariable(TicketLifecycle.VAR_ASSIGNED_GROUP, decision.targetGroup());
        execution.setVariable(TicketLifecycle.VAR_TASK_PRIORITY, priority.taskPriority());
    }
}
