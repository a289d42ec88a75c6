package io.ticketflow.presales;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerRecords;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.Opportunity;
import io.ticketflow.customer.OpportunityWon;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.IntakeLinks;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketActors;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketScope;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * When an opportunity is won — an integrator's {@code PUT /api/opportunities/{id}} or the pre-sales journey — the
 * after-sales journey starts by itself: a new ticket for the same customer and opportunity, continuing its pre-sales
 * ticket (the one whose pre-sales journey worked the opportunity, if any), of the after-sales business type, routed
 * like any ticket, so the after-sales team gets it. A won event that arrives twice — even at the same moment on two
 * nodes — starts one (the handoff row's key). A pre-sales journey still consulting on the opportunity is told it was
 * won ({@code Msg_OpportunityWon}).
 */
@Component
class AfterSalesHandoff {

    static final String MSG_OPPORTUNITY_WON = "Msg_OpportunityWon";

    private final HandoffMapper handoffs;
    private final CustomerRecords records;
    private final TicketService tickets;
    private final CustomerService customers;
    private final RuntimeService runtimeService;
    private final AfterSalesSettings settings;
    private final Clock clock;

    AfterSalesHandoff(HandoffMapper handoffs, CustomerRecords records, TicketService tickets,
            CustomerService customers,
            RuntimeService runtimeService, AfterSalesSettings settings, Clock clock) {
        this.handoffs = handoffs;
        this.records = records;
        this.tickets = tickets;
        this.customers = customers;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onOpportunityWon(OpportunityWon won) {
        Opportunity opportunity = won.opportunity();
        try {
            handoffs.claim(opportunity.externalId(), clock.instant());
        } catch (DuplicateKeyException alreadyHandedOver) {
            return;
        }
        Customer customer = customers.get(opportunity.customerId());
        Optional<Ticket> presales = records.presalesTicketOf(opportunity.externalId()).map(tickets::get)
                .filter(t -> t.getCustomerId() == customer.getId());
        String region = presales.map(Ticket::getRegion).orElseGet(() -> tickets.ofCustomer(customer.getId(), 1,
                TicketScope.everything()).stream().map(Ticket::getRegion).findFirst()
                .orElse(settings.defaultRegion()));
        Ticket afterSales = tickets.create(new NewTicket(presales.map(Ticket::getChannel).orElse(Channel.API),
                settings.category(), clip("After-sales: " + opportunity.title()), "Opportunity "
                + opportunity.externalId() + " (" + opportunity.title() + ") was won"
                + presales.map(t -> "; pre-sales ticket " + t.getTicketNumber()).orElse("") + ".", null, region,
                null, null, null), customer, TicketActors.SYSTEM,
                new IntakeLinks(null, opportunity.externalId(), null, null, null), null);
        tickets.linkOpportunity(afterSales.getId(), opportunity.externalId(),
                presales.map(Ticket::getId).orElse(null));
        handoffs.complete(opportunity.externalId(), afterSales.getId());
        tickets.recordSystemEvent(afterSales.getId(), TicketEventType.HANDED_OVER, "after-sales for won opportunity "
                + opportunity.externalId() + presales.map(t -> ", continuing " + t.getTicketNumber()).orElse(""));
        presales.ifPresent(t -> {
            tickets.recordSystemEvent(t.getId(), TicketEventType.HANDED_OVER, "opportunity "
                    + opportunity.externalId() + " won; after-sales ticket " + afterSales.getTicketNumber());
            runtimeService.createMessageCorrelation(MSG_OPPORTUNITY_WON).processInstanceBusinessKey(
                    t.getTicketNumber()).correlateAll();
        });
    }

    private static String clip(String subject) {
        return subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
    }
}
