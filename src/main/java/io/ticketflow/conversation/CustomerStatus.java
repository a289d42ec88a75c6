package io.ticketflow.conversation;

import io.ticketflow.customer.CustomerService;
import io.ticketflow.intake.ChannelMessages;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.ResolutionConfirmation;
import io.ticketflow.ticket.SlaFigures;
import io.ticketflow.ticket.StatusLinks;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEvent;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketFiles;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the holder of a ticket's status link sees and may do — the same for the HTML page and its JSON twin: the
 * status, the customer-visible timeline (replies both ways, stages, resolution; never internal notes, routing or
 * escalations), the times Ticketflow aims for; reply, accept or reject the resolution, rate. A wrong token is the
 * same 404 as a ticket that does not exist. Answers are idempotent: the same reply form sent twice is one reply, a
 * second rating changes nothing.
 */
@Service
class CustomerStatus {

    static final String ACTOR = "customer:status-page";
    static final String FORM_CHANNEL = "STATUS_PAGE";
    /** Timeline events a customer sees; the others stay inside. */
    static final Set<TicketEventType> PUBLIC_EVENTS = Set.of(TicketEventType.CREATED, TicketEventType.REPLIED,
            TicketEventType.AWAITING_CUSTOMER, TicketEventType.CUSTOMER_REPLIED, TicketEventType.MESSAGE_MERGED,
            TicketEventType.STAGE_REACHED, TicketEventType.RESOLVED, TicketEventType.RESOLUTION_ACCEPTED,
            TicketEventType.RESOLUTION_REJECTED, TicketEventType.REOPENED, TicketEventType.CLOSED,
            TicketEventType.AUTO_CLOSED, TicketEventType.RATED);
    /** Of those, the ones whose words the customer may read: what they and the agents wrote to each other. */
    private static final Set<TicketEventType> WITH_TEXT = Set.of(TicketEventType.REPLIED,
            TicketEventType.CUSTOMER_REPLIED);

    private final TicketService tickets;
    private final StatusLinks links;
    private final SlaFigures sla;
    private final ChannelMessages messages;
    private final CustomerService customers;
    private final TicketFiles files;

    CustomerStatus(TicketService tickets, StatusLinks links, SlaFigures sla, ChannelMessages messages,
            CustomerService customers, TicketFiles files) {
        this.files = files;
        this.tickets = tickets;
        this.links = links;
        this.sla = sla;
        this.messages = messages;
        this.customers = customers;
    }

    /** The status of one ticket as its customer sees it. */
    record StatusView(String number, String subject, TicketStatus status, Instant createdAt, List<Update> updates,
            List<Expected> expected, boolean mayReply, boolean awaitsConfirmation, boolean mayRate, Integer rating) {
    }

    /** One line of the customer's timeline; {@code text} only for the messages exchanged. */
    record Update(Instant at, TicketEventType event, String text, String stage) {
    }

    /** A time Ticketflow aims for: FIRST_RESPONSE or RESOLUTION by {@code by}. */
    record Expected(String target, Instant by) {
    }

    /** What an answer did: CHANGED, or UNCHANGED when it had been given already (a double click). */
    enum Result {
        CHANGED, UNCHANGED
    }

    Ticket ticket(String number, String token) {
        return tickets.findByNumber(number).filter(ticket -> links.matches(number, token))
                .orElseThrow(() -> new NotFoundException("Ticket", number));
    }

    StatusView view(Ticket ticket) {
        List<Update> updates = tickets.timeline(ticket.getId()).stream()
                .filter(event -> PUBLIC_EVENTS.contains(event.getEventType()))
                .map(CustomerStatus::update).toList();
        List<Expected> expected = ticket.getStatus() == TicketStatus.CLOSED ? List.of() : sla.figures(ticket.getId())
                .stream().filter(figure -> figure.metAt() == null && figure.dueAt() != null)
                .filter(figure -> "FIRST_RESPONSE".equals(figure.target()) || "RESOLUTION".equals(figure.target()))
                .map(figure -> new Expected(figure.target(), figure.dueAt())).toList();
        boolean resolved = ticket.getStatus() == TicketStatus.RESOLVED;
        boolean settled = resolved || ticket.getStatus() == TicketStatus.CLOSED;
        return new StatusView(ticket.getTicketNumber(), ticket.getSubject(), ticket.getStatus(),
                ticket.getCreatedAt(), updates, expected, ticket.getStatus() != TicketStatus.CLOSED, resolved,
                settled && ticket.getCustomerRating() == null, ticket.getCustomerRating());
    }

    /**
     * The customer writes, with files uploaded beforehand; {@code clientMessageId} (one per page shown) makes the
     * same form sent twice one message.
     */
    @Transactional
    Result reply(Ticket ticket, CustomerAnswers.CustomerMessage answer, String language) {
        // Keyed by the ticket as well: one customer's id can never swallow another ticket's message.
        if (answer.clientMessageId() != null && !messages.firstTime(FORM_CHANNEL,
                ticket.getTicketNumber() + ":" + answer.clientMessageId(), ticket.getId(), "APPENDED")) {
            return Result.UNCHANGED;
        }
        tickets.customerReplied(ticket.getId(), answer.message().strip(), ACTOR);
        files.attach("attachments", answer.attachmentTokens(), ticket.getId());
        customers.rememberLanguage(ticket.getCustomerId(), language);
        return Result.CHANGED;
    }

    /**
     * The customer accepts or rejects the resolution, with an optional rating. Answered already (the ticket is no
     * longer RESOLVED because of an answer, or is rated): nothing changes.
     */
    @Transactional
    Result confirm(Ticket ticket, boolean accepted, Integer rating, String comment, String language) {
        if (ticket.getStatus() != TicketStatus.RESOLVED) {
            if (ticket.getStatus() == TicketStatus.CLOSED || ticket.getCustomerRating() != null) {
                return Result.UNCHANGED;
            }
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is " + ticket.getStatus()
                    + ": it is not resolved yet, so there is nothing to accept or reject");
        }
        tickets.confirmByCustomer(ticket.getId(), new ResolutionConfirmation(accepted, rating, comment), ACTOR);
        customers.rememberLanguage(ticket.getCustomerId(), language);
        return Result.CHANGED;
    }

    /** A rating alone: of a resolved ticket it also accepts the resolution; of a closed one it is kept once. */
    @Transactional
    Result rate(Ticket ticket, int rating, String comment, String language) {
        if (ticket.getStatus() == TicketStatus.RESOLVED) {
            return confirm(ticket, true, rating, comment, language);
        }
        if (ticket.getStatus() != TicketStatus.CLOSED) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is " + ticket.getStatus()
                    + ": rate it once it is resolved");
        }
        return tickets.rate(ticket.getId(), rating, comment, ACTOR) ? Result.CHANGED : Result.UNCHANGED;
    }

    private static Update update(TicketEvent event) {
        String stage = event.getEventType() == TicketEventType.STAGE_REACHED && event.getDetail() != null
                ? event.getDetail().split(":", 2)[0] : null;
        return new Update(event.getOccurredAt(), event.getEventType(),
                WITH_TEXT.contains(event.getEventType()) ? event.getDetail() : null, stage);
    }
}
