package io.ticketflow.ticket;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.CustomersMerged;
import io.ticketflow.process.ProcessSettings;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessInstanceWithVariablesImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a ticket. Creation writes the row and starts its lifecycle process in one transaction —
 * routing and the first task included — so a failure leaves neither. The later steps are called by the lifecycle
 * process; each records a timeline event.
 */
@Service
public class TicketService {

    private final TicketMapper tickets;
    private final TicketEventMapper events;
    private final TicketNumberAllocator numbers;
    private final CustomerService customers;
    private final RuntimeService runtimeService;
    private final ProcessSettings settings;
    private final ApplicationEventPublisher publisher;
    private final TicketAccess access;
    private final JourneyChooser journeys;
    private final RepositoryService repositoryService;
    private final TicketFiles files;
    private final Clock clock;

    TicketService(TicketMapper tickets, TicketEventMapper events, TicketNumberAllocator numbers,
            CustomerService customers, RuntimeService runtimeService, ProcessSettings settings,
            ApplicationEventPublisher publisher, TicketAccess access, @Lazy JourneyChooser journeys,
            RepositoryService repositoryService, @Lazy TicketFiles files, Clock clock) {
        this.files = files;
        this.journeys = journeys;
        this.repositoryService = repositoryService;
        this.tickets = tickets;
        this.events = events;
        this.numbers = numbers;
        this.customers = customers;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.publisher = publisher;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Ticket create(NewTicket request, String actor) {
        return create(request, customers.findOrCreate(request.customer()), actor);
    }

    /** Creates a ticket for a customer the caller already recognised (by a channel identity, say). */
    @Transactional
    public Ticket create(NewTicket request, Customer customer, String actor) {
        return create(request, customer, actor, null, null);
    }

    /**
     * Creates a ticket with what intake linked it to (may be null) and starts its journey: the one asked for (may be
     * null), when the journeys table allows it, else the table's choice.
     */
    @Transactional
    public Ticket create(NewTicket request, Customer customer, String actor, IntakeLinks links, String journey) {
        Ticket ticket = new Ticket(numbers.nextNumber(), request, customer.getId(), actor, clock.instant());
        tickets.insertTicket(ticket);
        if (links != null) {
            tickets.updateIntakeLinks(ticket.getId(), links);
            ticket.link(links);
        }
        JourneyChooser.Choice choice = journeys.choose(ticket, customer.getTier().name(), journey);
        record(ticket.getId(), actor, TicketEventType.CREATED, "via " + ticket.getChannel() + ", category "
                + ticket.getCategory() + "; journey " + choice.processKey() + " (" + choice.reason() + ")");
        VariableMap variables = Variables.createVariables()
                .putValue(JourneyNames.VAR_TICKET_ID, ticket.getId())
                .putValue(JourneyNames.VAR_AUTO_CLOSE_AFTER, settings.lifecycle().autoCloseAfter().toString());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(choice.processKey(),
                ticket.getTicketNumber(), variables);
        tickets.linkProcessInstance(ticket.getId(), instance.getId(), choice.processKey(), versionOf(instance),
                choice.reason());
        return get(ticket.getId());
    }

    /** The version of the definition an instance started on: from the engine's cache, no query. */
    private int versionOf(ProcessInstance instance) {
        if (instance instanceof ProcessInstanceWithVariablesImpl started) {
            return started.getExecutionEntity().getProcessDefinition().getVersion();
        }
        return repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
    }

    public Ticket get(long id) {
        return tickets.findTicketById(id).orElseThrow(() -> new NotFoundException("Ticket", id));
    }

    public Optional<Ticket> findByNumber(String ticketNumber) {
        return tickets.findTicketByNumber(ticketNumber);
    }

    public List<TicketEvent> timeline(long ticketId) {
        return events.findEventsByTicketId(ticketId);
    }

    /** Every ticket matching the filters (for the system's own work). */
    public TicketPage search(TicketSearch search) {
        return search(search, TicketScope.everything());
    }

    /** The tickets matching the filters within a scope; the page and its total are both counted in SQL. */
    public TicketPage search(TicketSearch search, TicketScope scope) {
        return new TicketPage(tickets.searchTickets(search, scope, search.offset(), search.size()),
                tickets.countTickets(search, scope));
    }

    /** The tickets behind some process instances, keyed by process instance id (for task lists). */
    public Map<String, Ticket> byProcessInstanceIds(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return tickets.findTicketsByProcessInstanceIds(processInstanceIds).stream()
                .collect(Collectors.toMap(Ticket::getProcessInstanceId, Function.identity()));
    }

    /**
     * Records where routing placed the ticket: the team, the region it is handled in, the person (null: the team's
     * queue), the priority, the deciding row, and the summary for the timeline.
     */
    @Transactional
    public void applyRouting(long ticketId, Placement placement, String actor) {
        tickets.updatePlacement(ticketId, placement.team(), placement.handlingRegion(), placement.assignee(),
                placement.assignee() == null ? TicketStatus.OPEN : TicketStatus.IN_PROGRESS, placement.priority(),
                placement.routingRule(), clock.instant());
        record(ticketId, actor, placement.transferReason() == null ? TicketEventType.ROUTED
                : TicketEventType.TRANSFERRED, placement.describe());
    }

    /** The team, person and priority routing or a transfer gave a ticket, and why. */
    public record Placement(String team, String handlingRegion, String assignee, Priority priority,
            String routingRule, String summary, String transferReason) {

        public String describe() {
            String where = "to " + team + (assignee != null ? " (" + assignee + ")" : "") + " at priority " + priority;
            return transferReason != null ? where + " because " + transferReason + "; " + summary
                    : where + "; " + summary;
        }
    }

    /** An agent or supervisor changed the business type; routing runs again afterwards. */
    @Transactional
    public Ticket changeCategory(long ticketId, String category, String reason, String actor) {
        Ticket ticket = get(ticketId);
        if (tickets.updateCategory(ticketId, category, clock.instant()) == 0) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is " + ticket.getStatus()
                    + "; only a ticket still being worked can change its category");
        }
        record(ticketId, actor, TicketEventType.CATEGORY_CHANGED,
                ticket.getCategory() + " → " + category + " because " + reason);
        return get(ticketId);
    }

    /** Tickets from before journeys learn their lifecycle's version (once, at start-up); returns how many did. */
    @Transactional
    public int fillJourneyVersions() {
        return tickets.fillJourneyVersions();
    }

    /** A ticket's sales opportunity, and the ticket it continues (null: none), e.g. an after-sales ticket's. */
    @Transactional
    public void linkOpportunity(long ticketId, String opportunityId, Long parentTicketId) {
        tickets.linkOpportunityAndParent(ticketId, opportunityId, parentTicketId);
    }

    /** The customer's tickets within a scope, newest first. */
    public List<Ticket> ofCustomer(long customerId, int limit, TicketScope scope) {
        return tickets.findTicketsOfCustomer(customerId, limit, scope);
    }

    /** The customer's ticket still being worked about the same order in the same category, created since then. */
    public Optional<Ticket> openTicketAbout(long customerId, String category, String orderNumber, Instant since) {
        return orderNumber == null ? Optional.empty()
                : tickets.findOpenTicketAbout(customerId, category, orderNumber, since);
    }

    /** The last resolved or closed ticket about a device (by serial number), other than this one. */
    public Optional<Ticket> lastServiceOfDevice(String serial, long excludingTicketId) {
        return serial == null ? Optional.empty() : tickets.findLastClosedWithDevice(serial, excludingTicketId);
    }

    /** Events of one type across a customer's tickets within a scope, oldest first. */
    public List<CustomerTicketEvent> eventsOfCustomer(long customerId, TicketEventType type, TicketScope scope) {
        return tickets.findEventsOfCustomer(customerId, type, scope);
    }

    /**
     * A new message that intake recognised as part of an open ticket (the same customer, order and category): it
     * is recorded on that ticket, and counts as the customer's reply.
     */
    @Transactional
    public Ticket mergeMessage(long ticketId, String channelDescription, String message, String actor) {
        record(ticketId, actor, TicketEventType.MESSAGE_MERGED, channelDescription);
        return customerReplied(ticketId, message, actor);
    }

    /** A merged customer's tickets now belong to the customer they were merged into. */
    @EventListener
    void onCustomersMerged(CustomersMerged merged) {
        tickets.moveCustomer(merged.mergedId(), merged.survivorId());
    }

    /** Open tickets (OPEN, IN_PROGRESS, PENDING_CUSTOMER) per assignee; people without any are absent. */
    public Map<String, Integer> openTicketsOf(Collection<String> assignees) {
        if (assignees.isEmpty()) {
            return Map.of();
        }
        return tickets.countOpenTicketsByAssignee(assignees).stream()
                .collect(Collectors.toMap(AssigneeLoad::assignee, AssigneeLoad::openTickets));
    }

    /** An agent took the ticket (assignee set) or gave it back to the team (assignee null); no-op when unchanged. */
    @Transactional
    public void assign(long ticketId, String assignee, String actor) {
        Ticket ticket = get(ticketId);
        if (Objects.equals(ticket.getAssignee(), assignee)) {
            return;
        }
        TicketStatus status = assignee == null ? TicketStatus.OPEN : TicketStatus.IN_PROGRESS;
        if (tickets.updateAssignee(ticketId, assignee, status, clock.instant()) == 0) {
            throw new ConflictException("Ticket " + ticketId + " is no longer open");
        }
        record(ticketId, actor, assignee == null ? TicketEventType.UNASSIGNED : TicketEventType.ASSIGNED,
                assignee == null ? "returned to the team" : "to " + assignee);
    }

    @Transactional
    public void markResolved(long ticketId, String actor, String note) {
        Instant now = clock.instant();
        giveFirstResponse(ticketId, now);
        if (tickets.markResolved(ticketId, now) == 0) {
            throw new ConflictException("Ticket " + ticketId + " cannot be resolved in its current state");
        }
        record(ticketId, actor, TicketEventType.RESOLVED, note);
        publisher.publishEvent(new TicketEvents.TicketResolved(ticketId, now));
    }

    /**
     * An agent's public reply to the customer, on a ticket the caller may see (else 404). The first one is the
     * ticket's first response. With {@code awaitCustomer} the ticket waits on the customer (PENDING_CUSTOMER) and its
     * SLA clocks stop.
     */
    @Transactional
    public Ticket reply(long ticketId, String message, boolean awaitCustomer, Instant seenUntil, String actor) {
        return reply(ticketId, message, List.of(), awaitCustomer, seenUntil, actor);
    }

    /** A public reply that carries files uploaded beforehand (upload tokens, attached to the ticket with it). */
    @Transactional
    public Ticket reply(long ticketId, String message, List<String> attachmentTokens, boolean awaitCustomer,
            Instant seenUntil, String actor) {
        Ticket ticket = access.visibleTicket(ticketId);
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is closed");
        }
        if (seenUntil != null) {
            requireNothingNewFromTheCustomer(ticket, seenUntil);
        }
        Instant now = clock.instant();
        List<Long> files = this.files.attach("attachments", attachmentTokens, ticketId);
        record(ticketId, actor, TicketEventType.REPLIED, message, null, files);
        giveFirstResponse(ticketId, now);
        if (awaitCustomer) {
            if (tickets.awaitCustomer(ticketId, now) == 0) {
                throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is " + ticket.getStatus()
                        + "; only an open ticket can wait on the customer");
            }
            record(ticketId, actor, TicketEventType.AWAITING_CUSTOMER, "SLA clocks paused");
            publisher.publishEvent(new TicketEvents.CustomerAwaited(ticketId, now));
        }
        return get(ticketId);
    }

    /** An internal note: on the timeline only; it meets no target and reaches no customer. */
    @Transactional
    public Ticket addNote(long ticketId, String message, String actor) {
        access.visibleTicket(ticketId);
        record(ticketId, actor, TicketEventType.NOTE_ADDED, message);
        return get(ticketId);
    }

    /** Collision guard: the customer wrote after what the replying agent read — they read it first (409). */
    private void requireNothingNewFromTheCustomer(Ticket ticket, Instant seenUntil) {
        List<String> unread = events.findEventsByTicketId(ticket.getId()).stream()
                .filter(event -> event.getOccurredAt().isAfter(seenUntil))
                .filter(event -> event.getEventType() == TicketEventType.CUSTOMER_REPLIED
                        || event.getEventType() == TicketEventType.MESSAGE_MERGED)
                .map(event -> event.getOccurredAt() + ": " + event.getDetail()).toList();
        if (!unread.isEmpty()) {
            throw new ConflictException("The customer wrote on " + ticket.getTicketNumber() + " after "
                    + seenUntil + "; read it before replying: " + String.join(" | ", unread));
        }
    }

    /**
     * A customer's message relayed by the caller (an integration or an agent), on a ticket the caller may see (else
     * 404); see {@link #customerReplied}.
     */
    @Transactional
    public Ticket relayCustomerReply(long ticketId, String message, String actor) {
        access.visibleTicket(ticketId);
        return customerReplied(ticketId, message, actor);
    }

    /** The customer wrote (through a channel or an agent); a ticket waiting on them goes back to work. */
    @Transactional
    public Ticket customerReplied(long ticketId, String message, String actor) {
        Ticket ticket = get(ticketId);
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is closed");
        }
        Instant now = clock.instant();
        record(ticketId, actor, TicketEventType.CUSTOMER_REPLIED, message);
        if (tickets.endAwaitingCustomer(ticketId, now) > 0) {
            publisher.publishEvent(new TicketEvents.CustomerReplied(ticketId, now));
        }
        return get(ticketId);
    }

    /** An SLA target was missed: the ticket is marked breached and its priority raised one step. */
    @Transactional
    public Priority markBreached(long ticketId, String detail) {
        Ticket ticket = get(ticketId);
        Priority raised = ticket.getPriority().raised();
        tickets.markBreached(ticketId, raised, clock.instant());
        publisher.publishEvent(new TicketEvents.PriorityChanged(ticketId, raised));
        record(ticketId, TicketActors.SYSTEM, TicketEventType.SLA_BREACHED,
                detail + (raised != ticket.getPriority() ? "; priority raised to " + raised : ""));
        return raised;
    }

    /** A timeline entry another feature writes for someone who acted (a journey step done by a person). */
    @Transactional
    public void recordEvent(long ticketId, String actor, TicketEventType type, String detail) {
        record(ticketId, actor, type, detail);
    }

    /** A timeline entry written by another feature for the system (SLA clocks and escalations, settlement). */
    @Transactional
    public void recordSystemEvent(long ticketId, TicketEventType type, String detail) {
        record(ticketId, TicketActors.SYSTEM, type, detail);
    }

    private void giveFirstResponse(long ticketId, Instant now) {
        if (tickets.recordFirstResponse(ticketId, now) > 0) {
            publisher.publishEvent(new TicketEvents.FirstResponseGiven(ticketId, now));
        }
    }

    /**
     * The customer's answer to a resolution, relayed by an agent, the customer portal or an integration, on a
     * ticket the caller may see (else 404). Only a RESOLVED ticket waits for one.
     */
    @Transactional
    public void confirmResolution(long ticketId, ResolutionConfirmation confirmation, String actor) {
        confirm(access.visibleTicket(ticketId), confirmation, actor);
    }

    /**
     * The customer's own answer to a resolution, from the status page: the caller has checked the ticket's status
     * token (the customer is not a user who could see tickets).
     */
    @Transactional
    public void confirmByCustomer(long ticketId, ResolutionConfirmation confirmation, String actor) {
        confirm(get(ticketId), confirmation, actor);
    }

    private void confirm(Ticket ticket, ResolutionConfirmation confirmation, String actor) {
        long ticketId = ticket.getId();
        if (ticket.getStatus() != TicketStatus.RESOLVED) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is " + ticket.getStatus()
                    + "; only a RESOLVED ticket awaits the customer's confirmation");
        }
        if (confirmation.rating() != null) {
            tickets.recordCustomerRating(ticketId, confirmation.rating());
        }
        record(ticketId, actor, confirmation.accepted() ? TicketEventType.RESOLUTION_ACCEPTED
                : TicketEventType.RESOLUTION_REJECTED, confirmation.describe());
        VariableMap answer = Variables.createVariables()
                .putValue(JourneyNames.VAR_RESOLUTION_ACCEPTED, confirmation.accepted())
                .putValue(JourneyNames.VAR_RATING, confirmation.rating())
                .putValue(JourneyNames.VAR_CONFIRMED_BY, actor);
        try {
            runtimeService.createMessageCorrelation(JourneyNames.MSG_RESOLUTION_CONFIRMED)
                    .processInstanceBusinessKey(ticket.getTicketNumber())
                    .setVariables(answer)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Ticket " + ticket.getTicketNumber() + " is not awaiting a confirmation");
        }
    }

    @Transactional
    public void reopen(long ticketId) {
        Instant now = clock.instant();
        if (tickets.reopen(ticketId, now) == 0) {
            throw new ConflictException("Ticket " + ticketId + " is not resolved");
        }
        record(ticketId, TicketActors.SYSTEM, TicketEventType.REOPENED, "back to its team");
        publisher.publishEvent(new TicketEvents.TicketReopened(ticketId, now));
    }

    @Transactional
    public void close(long ticketId, boolean automatically) {
        if (tickets.markClosed(ticketId, clock.instant()) == 0) {
            throw new ConflictException("Ticket " + ticketId + " is not resolved");
        }
        record(ticketId, TicketActors.SYSTEM, automatically ? TicketEventType.AUTO_CLOSED : TicketEventType.CLOSED,
                automatically ? "no answer from the customer within " + settings.lifecycle().autoCloseAfter()
                        : "resolution accepted");
    }

    /**
     * The journey reached a stage the customer is told about ({@code customerStage} of a user task); the detail
     * starts with the stage and a colon.
     */
    @Transactional
    public void recordStage(long ticketId, String stage, String detail) {
        record(ticketId, TicketActors.SYSTEM, TicketEventType.STAGE_REACHED, detail, stage, List.of());
    }

    /**
     * The customer's rating of a ticket whose resolution they already answered (or that closed without them);
     * false when the ticket has a rating already — a second click changes nothing.
     */
    @Transactional
    public boolean rate(long ticketId, int rating, String comment, String actor) {
        if (tickets.recordFirstCustomerRating(ticketId, rating) == 0) {
            return false;
        }
        record(ticketId, actor, TicketEventType.RATED, "rating " + rating + "/5"
                + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        return true;
    }

    private void record(long ticketId, String actor, TicketEventType type, String detail) {
        record(ticketId, actor, type, detail, null, List.of());
    }

    private void record(long ticketId, String actor, TicketEventType type, String detail, String stage,
            List<Long> attachmentIds) {
        TicketEvent event = new TicketEvent(ticketId, clock.instant(), actor, type, truncate(detail));
        events.insertEvent(event);
        publisher.publishEvent(new TicketEvents.Recorded(event.getId(), ticketId, type, actor, event.getDetail(),
                stage, attachmentIds, event.getOccurredAt()));
    }

    private static String truncate(String detail) {
        return detail != null && detail.length() > 2000 ? detail.substring(0, 1997) + "..." : detail;
    }
}
