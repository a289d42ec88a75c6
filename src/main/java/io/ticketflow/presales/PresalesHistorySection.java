package io.ticketflow.presales;

import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEvent;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketViewSection;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The after-sales ticket's view carries the whole pre-sales history it continues ({@code continues}): the pre-sales
 * ticket's number, status and opportunity, and its timeline — so the after-sales team knows what was promised, even
 * when the pre-sales ticket belongs to another team.
 */
@Component
class PresalesHistorySection implements TicketViewSection {

    private final TicketService tickets;

    PresalesHistorySection(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public String name() {
        return "continues";
    }

    @Override
    public Object of(Ticket ticket) {
        if (ticket.getParentTicketId() == null) {
            return null;
        }
        Ticket presales = tickets.get(ticket.getParentTicketId());
        return new Continues(presales.getId(), presales.getTicketNumber(), presales.getCategory(),
                String.valueOf(presales.getStatus()), presales.getOpportunityId(),
                tickets.timeline(presales.getId()).stream().map(Entry::of).toList());
    }

    /** The ticket this one continues, with its timeline. */
    record Continues(long ticketId, String number, String category, String status, String opportunity,
            List<Entry> timeline) {
    }

    /** One event of the continued ticket's timeline. */
    record Entry(Instant at, String actor, String event, String detail) {

        static Entry of(TicketEvent event) {
            return new Entry(event.getOccurredAt(), event.getActor(), String.valueOf(event.getEventType()),
                    event.getDetail());
        }
    }
}
