package io.ticketflow.customer;

import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the company knows about a customer besides tickets: orders and sales opportunities, pushed by integrators
 * (shop, marketplace, ERP, CRM). Pushing the same order or opportunity again updates it.
 */
@Service
public class CustomerRecords {

    private final CustomerMapper mapper;
    private final CustomerService customers;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CustomerRecords(CustomerMapper mapper, CustomerService customers, ApplicationEventPublisher publisher,
            Clock clock) {
        this.mapper = mapper;
        this.customers = customers;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public Order saveOrder(String orderNumber, CustomerDetails buyer, String source, String status, BigDecimal amount,
            String currency, String summary, Instant orderedAt) {
        Customer customer = customers.findOrCreate(buyer);
        Order order = new Order(orderNumber, customer.getId(), source, status, amount, currency, summary, orderedAt,
                clock.instant());
        if (mapper.updateOrder(order) == 0) {
            mapper.insertOrder(order);
        }
        return order;
    }

    @Transactional
    public Opportunity saveOpportunity(String externalId, CustomerDetails prospect, String title, String stage,
            OpportunityStatus status, BigDecimal amount, LocalDate expectedClose) {
        Customer customer = customers.findOrCreate(prospect);
        return save(new Opportunity(externalId, customer.getId(), title, stage, status, amount, expectedClose,
                clock.instant()));
    }

    /** The opportunity, or 404. */
    public Opportunity opportunity(String externalId) {
        return mapper.findOpportunity(externalId).orElseThrow(() -> new NotFoundException("Opportunity",
                externalId));
    }

    /** A pre-sales ticket's opportunity when the integrator sent none: its id is the ticket's number. */
    @Transactional
    public Opportunity openForTicket(long customerId, String ticketNumber, String title) {
        return mapper.findOpportunity(ticketNumber).orElseGet(() -> save(new Opportunity(ticketNumber, customerId,
                title, "qualification", OpportunityStatus.OPEN, null, null, clock.instant())));
    }

    /** The ticket whose pre-sales journey works the opportunity (the first to claim it keeps it). */
    @Transactional
    public void markPresalesTicket(String externalId, long ticketId) {
        mapper.markPresalesTicket(externalId, ticketId);
    }

    /** The ticket whose pre-sales journey worked the opportunity, if one did. */
    public Optional<Long> presalesTicketOf(String externalId) {
        return Optional.ofNullable(mapper.findPresalesTicket(externalId));
    }

    /** A pre-sales journey closed the opportunity: won or lost, at a stage. */
    @Transactional
    public Opportunity close(String externalId, OpportunityStatus status, String stage) {
        Opportunity current = opportunity(externalId);
        return save(new Opportunity(externalId, current.customerId(), current.title(), stage, status,
                current.amount(), current.expectedClose(), clock.instant()));
    }

    /** Stores an opportunity; one that becomes WON here is announced ({@link OpportunityWon}). */
    private Opportunity save(Opportunity opportunity) {
        Optional<Opportunity> before = mapper.findOpportunity(opportunity.externalId());
        if (before.isPresent() && before.get().customerId() != opportunity.customerId()) {
            throw new ConflictException("Opportunity " + opportunity.externalId() + " belongs to another customer; "
                    + "an opportunity keeps its customer (merge the customers if they are one person)");
        }
        if (mapper.updateOpportunity(opportunity) == 0) {
            mapper.insertOpportunity(opportunity);
        }
        if (opportunity.status() == OpportunityStatus.WON
                && before.map(b -> b.status() != OpportunityStatus.WON).orElse(true)) {
            publisher.publishEvent(new OpportunityWon(opportunity));
        }
        return opportunity;
    }

    public Optional<Order> findOrder(String orderNumber) {
        return mapper.findOrder(orderNumber);
    }

    public Order order(String orderNumber) {
        return findOrder(orderNumber).orElseThrow(() -> new NotFoundException("Order", orderNumber));
    }

    /** Newest first. */
    public List<Order> ordersOf(long customerId) {
        return mapper.findOrdersOf(customerId);
    }

    /** Most recently updated first. */
    public List<Opportunity> opportunitiesOf(long customerId) {
        return mapper.findOpportunitiesOf(customerId);
    }

    /** The customer's open opportunity most recently worked on, if any. */
    public Optional<Opportunity> openOpportunityOf(long customerId) {
        return opportunitiesOf(customerId).stream().filter(o -> o.status() == OpportunityStatus.OPEN).findFirst();
    }
}
