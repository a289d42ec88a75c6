package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the single-ticket view: the ticket, its customer, SLA figures, timeline and every feature's section. */
@Component
public class TicketViews {

    private final TicketService tickets;
    private final CustomerService customers;
    private final SlaFigures slaFigures;
    private final List<TicketViewSection> sections;

    TicketViews(TicketService tickets, CustomerService customers, SlaFigures slaFigures,
            List<TicketViewSection> sections) {
        this.tickets = tickets;
        this.customers = customers;
        this.slaFigures = slaFigures;
        this.sections = sections;
    }

    public TicketView full(Ticket ticket) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (TicketViewSection section : sections) {
            Object content = section.of(ticket);
            if (content != null) {
                details.put(section.name(), content);
            }
        }
        return TicketView.of(ticket, customers.get(ticket.getCustomerId()), tickets.timeline(ticket.getId()),
                slaFigures.figures(ticket.getId()), details);
    }
}
