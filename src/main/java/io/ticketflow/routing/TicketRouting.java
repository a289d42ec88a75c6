package io.ticketflow.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.dispatch.Dispatch;
import io.ticketflow.dispatch.DispatchNeeds;
import io.ticketflow.dispatch.Dispatcher;
import io.ticketflow.dispatch.GeoPoint;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketService.Placement;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes a ticket (the four routing tables), places it within the team (dispatch), and records the placement on the
 * ticket and — with its full explanation — in the routing history that {@code GET /api/tickets/{id}/routing} shows.
 */
@Service
public class TicketRouting {

    private final TicketService tickets;
    private final CustomerService customers;
    private final TicketRouter router;
    private final Dispatcher dispatcher;
    private final RoutingRecordMapper records;
    private final ObjectMapper json;
    private final TicketAccess access;
    private final Clock clock;

    TicketRouting(TicketService tickets, CustomerService customers, TicketRouter router, Dispatcher dispatcher,
            RoutingRecordMapper records, ObjectMapper json, TicketAccess access, Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.router = router;
        this.dispatcher = dispatcher;
        this.records = records;
        this.json = json;
        this.access = access;
        this.clock = clock;
    }

    /** Decides team, priority and person for the ticket as it is now, and records it. */
    @Transactional
    public Placement route(long ticketId, RoutingKind kind, String actor) {
        Ticket ticket = tickets.get(ticketId);
        RoutingDecision decision = decide(ticket);
        Dispatch dispatch = dispatcher.dispatch(ticket, decision.team(), needsOf(ticket, decision));
        return place(ticket, decision.priority(), decision.rules(), dispatch, kind, actor, null);
    }

    /** What the routing tables say about the ticket as it is now. */
    RoutingDecision decide(Ticket ticket) {
        Customer customer = customers.get(ticket.getCustomerId());
        return router.route(new RoutingFacts(ticket.getCategory(), ticket.getChannel().name(),
                ticket.getStatedPriority() == null ? null : ticket.getStatedPriority().name(),
                customer.getTier().name(), customer.getLifetimeValue() == null ? 0 : customer.getLifetimeValue(),
                ticket.getRegion()));
    }

    static DispatchNeeds needsOf(Ticket ticket, RoutingDecision decision) {
        return new DispatchNeeds(decision.skill(), ticket.getRegion(),
                GeoPoint.of(ticket.getLatitude(), ticket.getLongitude()), decision.onSite());
    }

    /** Records a placement (from routing or a transfer) on the ticket and in the routing history. */
    Placement place(Ticket ticket, Priority priority, List<RuleApplied> rules, Dispatch dispatch, RoutingKind kind,
            String actor, String transferReason) {
        String handlingRegion = dispatch.teamRegion() != null ? dispatch.teamRegion() : ticket.getRegion();
        Placement placement = new Placement(dispatch.team(), handlingRegion, dispatch.assignee(), priority,
                rules.get(rules.size() - 1).reference(), dispatch.summary(), transferReason);
        tickets.applyRouting(ticket.getId(), placement, actor);
        records.insertRoutingRecord(new RoutingRecord(null, ticket.getId(), clock.instant(), kind, actor,
                placement.team(), placement.assignee(), priority, truncate(placement.describe()),
                toJson(RoutingExplanation.of(rules, dispatch))));
        return placement;
    }

    /** The routing history of a ticket the caller may see (else 404), oldest first. */
    @Transactional(readOnly = true)
    public List<RoutingHistoryEntry> history(long ticketId) {
        access.visibleTicket(ticketId);
        return recorded(ticketId);
    }

    /**
     * The routing history as recorded, without asking whether the caller may see the ticket: for the answer to a
     * transfer the caller just made, after which the ticket may have left their teams and regions.
     */
    @Transactional(readOnly = true)
    List<RoutingHistoryEntry> recorded(long ticketId) {
        return records.findRoutingRecordsByTicketId(ticketId).stream()
                .map(r -> new RoutingHistoryEntry(r.decidedAt(), r.kind(), r.actor(), r.assignedGroup(),
                        r.assignee(), r.priority(), r.summary(), fromJson(r.explanation())))
                .toList();
    }

    private String toJson(RoutingExplanation explanation) {
        try {
            return json.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a routing explanation", e);
        }
    }

    private RoutingExplanation fromJson(String stored) {
        try {
            return json.readValue(stored, RoutingExplanation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored routing explanation", e);
        }
    }

    private static String truncate(String text) {
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }
}
