package io.ticketflow.routing;

import io.ticketflow.dispatch.Dispatch;
import io.ticketflow.dispatch.Dispatcher;
import io.ticketflow.journey.TicketSteps;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotPermittedException;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketService.Placement;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent or supervisor moves a ticket that is still being worked. To another team: the transfer policy table
 * decides whether the move may leave the customer's region; then the named member, or dispatch, or the team's queue
 * takes it. A new category: routing runs again on the corrected ticket. Either way the reason is recorded, the live
 * task moves, and the SLA clocks keep running — the customer's wait does not restart. A ticket the caller may not
 * see is not found (404); one they see but may not move is refused (403).
 */
@Service
public class TicketTransfers {

    static final String AGENT_ROLE = "AGENT";
    static final String SUPERVISOR_ROLE = "SUPERVISOR";

    private final TicketService tickets;
    private final TicketRouting routing;
    private final TransferPolicy policy;
    private final Dispatcher dispatcher;
    private final HandleTaskMover mover;
    private final TicketAccess access;
    private final TicketSteps steps;

    TicketTransfers(TicketService tickets, TicketRouting routing, TransferPolicy policy, Dispatcher dispatcher,
            HandleTaskMover mover, TicketAccess access, TicketSteps steps) {
        this.steps = steps;
        this.tickets = tickets;
        this.routing = routing;
        this.policy = policy;
        this.dispatcher = dispatcher;
        this.mover = mover;
        this.access = access;
    }

    @Transactional
    public Placement transfer(long ticketId, TransferRequest request, CurrentUser user) {
        Ticket ticket = access.visibleTicket(ticketId);
        requireMayMove(ticket, user);
        List<Task> tasks = mover.handlingTasks(ticket, steps.openOwnHandling(ticketId));
        Placement placement;
        if (request.category() != null) {
            tickets.changeCategory(ticketId, request.category(), request.reason(), user.userId());
            placement = routing.route(ticketId, RoutingKind.REROUTED, user.userId());
        } else {
            placement = toTeam(ticket, request, user);
        }
        mover.move(tasks, placement);
        steps.moved(ticketId, tasks.stream().map(Task::getId).toList(), placement.team(), placement.priority());
        return placement;
    }

    private Placement toTeam(Ticket ticket, TransferRequest request, CurrentUser user) {
        if (!dispatcher.isTeam(request.team())) {
            throw new InvalidFieldException("team", "there is no team " + request.team());
        }
        String teamRegion = dispatcher.regionOf(request.team()).orElse(null);
        TransferPolicy.Verdict verdict = policy.judge(new TransferFacts(
                teamRegion != null && !teamRegion.equals(ticket.getRegion()), teamRegion == null, roleOf(user)));
        if (!verdict.allowed()) {
            throw new NotPermittedException("Moving ticket " + ticket.getTicketNumber() + " to " + request.team()
                    + " is refused by the " + verdict.rule().reference() + ": " + verdict.rule().said());
        }
        RoutingDecision current = routing.decide(ticket);
        Dispatch dispatch = request.assignee() != null
                ? dispatcher.assignTo(ticket, request.team(), request.assignee(),
                        TicketRouting.needsOf(ticket, current), user.userId())
                : dispatcher.dispatch(ticket, request.team(), TicketRouting.needsOf(ticket, current));
        return routing.place(ticket, ticket.getPriority(), List.of(verdict.rule()), dispatch,
                RoutingKind.TRANSFERRED, user.userId(), request.reason());
    }

    /** Supervisors and admins move any ticket; an agent one of their team's or their own. */
    private static void requireMayMove(Ticket ticket, CurrentUser user) {
        if (isSupervisor(user) || user.userId().equals(ticket.getAssignee())
                || (user.isMemberOf(Roles.AGENT) && user.isMemberOf(ticket.getAssignedGroup()))) {
            return;
        }
        throw new NotPermittedException("Only a supervisor, the assignee or an agent of team "
                + ticket.getAssignedGroup() + " may move ticket " + ticket.getTicketNumber());
    }

    private static String roleOf(CurrentUser user) {
        return isSupervisor(user) ? SUPERVISOR_ROLE : AGENT_ROLE;
    }

    private static boolean isSupervisor(CurrentUser user) {
        return user.isMemberOf(Roles.SUPERVISOR) || user.isMemberOf(Roles.ADMIN);
    }
}
