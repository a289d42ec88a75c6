package io.ticketflow.history;

import io.ticketflow.customer.CustomerRecords;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.Opportunity;
import io.ticketflow.customer.Order;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.CustomerTicketEvent;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketScope;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketViewSection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A customer's history across channels: tickets, orders, sales opportunities and messages the duplicate guard added
 * to open tickets, in time order; and the history section of a ticket view (earlier tickets, orders, the order the
 * ticket is about, the open opportunity), so the agent needs no second query. Both list only the tickets the caller
 * may see; a customer none of whose tickets the caller may see is not found.
 */
@Service
public class CustomerHistory implements TicketViewSection {

    static final int RECENT = 5;
    static final int TIMELINE_TICKETS = 500;

    private final CustomerService customers;
    private final CustomerRecords records;
    private final TicketService tickets;
    private final TicketAccess access;

    CustomerHistory(CustomerService customers, CustomerRecords records, TicketService tickets, TicketAccess access) {
        this.customers = customers;
        this.records = records;
        this.tickets = tickets;
        this.access = access;
    }

    /** One entry of a customer's timeline. */
    public record Entry(Instant at, String kind, String reference, String title, String status, BigDecimal amount) {
    }

    record TicketSummary(long id, String number, String category, String subject, String status, Instant createdAt) {

        static TicketSummary of(Ticket t) {
            return new TicketSummary(t.getId(), t.getTicketNumber(), t.getCategory(), t.getSubject(),
                    t.getStatus().name(), t.getCreatedAt());
        }
    }

    record Section(List<TicketSummary> earlierTickets, List<Order> recentOrders, Order order,
            Opportunity openOpportunity) {
    }

    public List<Entry> timeline(long customerId) {
        customers.get(customerId);
        if (!access.maySee(customerId)) {
            throw new NotFoundException("Customer", customerId);
        }
        TicketScope scope = access.scope();
        List<Entry> entries = new ArrayList<>();
        for (Ticket t : tickets.ofCustomer(customerId, TIMELINE_TICKETS, scope)) {
            entries.add(new Entry(t.getCreatedAt(), "TICKET", t.getTicketNumber(), t.getSubject(),
                    t.getStatus().name(), null));
        }
        for (CustomerTicketEvent e : tickets.eventsOfCustomer(customerId, TicketEventType.MESSAGE_MERGED, scope)) {
            entries.add(new Entry(e.occurredAt(), "MESSAGE_MERGED", e.ticketNumber(), e.detail(), null, null));
        }
        for (Order o : records.ordersOf(customerId)) {
            entries.add(new Entry(o.orderedAt(), "ORDER", o.orderNumber(), o.summary(), o.status(), o.amount()));
        }
        for (Opportunity o : records.opportunitiesOf(customerId)) {
            entries.add(new Entry(o.updatedAt(), "OPPORTUNITY", o.externalId(), o.title(),
                    o.status() + " (" + o.stage() + ")", o.amount()));
        }
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::kind).thenComparing(Entry::reference));
        return entries;
    }

    @Override
    public String name() {
        return "customerHistory";
    }

    @Override
    public Object of(Ticket ticket) {
        List<TicketSummary> earlier = tickets.ofCustomer(ticket.getCustomerId(), RECENT + 1, access.scope()).stream()
                .filter(t -> !t.getId().equals(ticket.getId())).limit(RECENT).map(TicketSummary::of).toList();
        List<Order> orders = records.ordersOf(ticket.getCustomerId()).stream().limit(RECENT).toList();
        Order order = ticket.getOrderNumber() == null ? null
                : records.findOrder(ticket.getOrderNumber()).orElse(null);
        return new Section(earlier, orders, order, records.openOpportunityOf(ticket.getCustomerId()).orElse(null));
    }
}
