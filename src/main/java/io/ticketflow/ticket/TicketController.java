package io.ticketflow.ticket;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(TicketController.TICKETS)
@Tag(name = "Tickets", description = "Create tickets, read them with their timeline, relay the customer's confirmation")
class TicketController {

    static final String TICKETS = "/api/tickets";

    private final TicketService tickets;
    private final CustomerService customers;
    private final TicketViews views;
    private final TicketAccess access;

    TicketController(TicketService tickets, CustomerService customers, TicketViews views, TicketAccess access) {
        this.tickets = tickets;
        this.customers = customers;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A ticket with its customer, SLA figures, timeline, template fields, attachments, device "
            + "and the customer's history (earlier tickets, orders, open opportunity)")
    TicketView get(@PathVariable long id) {
        return view(access.visibleTicket(id));
    }

    private TicketView view(Ticket ticket) {
        return views.full(ticket);
    }

    @GetMapping
    @Operation(summary = "Tickets the caller may see, newest first, filtered by status, team, region and whether an "
            + "SLA was missed; total counts the same tickets")
    TicketListView search(@RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String group,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String region,
            @RequestParam(required = false) Boolean slaBreached,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        TicketPage found = tickets.search(new TicketSearch(status, group, region, slaBreached, page, size),
                access.scope());
        Map<Long, Customer> owners = customers.getAll(found.tickets().stream().map(Ticket::getCustomerId)
                .collect(Collectors.toSet()));
        return new TicketListView(found.tickets().stream()
                .map(t -> TicketView.of(t, owners.get(t.getCustomerId()), null, null)).toList(), page, size,
                found.total());
    }

    @PostMapping("/{id}/replies")
    @Operation(summary = "An agent's public reply to the customer (agents, supervisors, admins; integrators relay "
            + "customers' messages through customer-replies); the first one meets the first-response target. "
            + "With awaitCustomer the ticket waits on the customer and its SLA clocks stop")
    TicketView reply(@PathVariable long id, @Valid @RequestBody ReplyRequest request) {
        return view(tickets.reply(id, request.message(), request.attachmentTokens(), request.awaitCustomer(),
                request.seenUntil(), CurrentUser.get().userId()));
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "An agent's internal note (agents, supervisors, admins): on the timeline for the staff who "
            + "see the ticket, never sent or shown to the customer, and no response to them")
    TicketView note(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
        return view(tickets.addNote(id, request.message(), CurrentUser.get().userId()));
    }

    @PostMapping("/{id}/customer-replies")
    @Operation(summary = "A message from the customer; a ticket waiting on the customer goes back to work and its "
            + "SLA clocks run again")
    TicketView customerReplied(@PathVariable long id, @Valid @RequestBody CustomerReplyRequest request) {
        return view(tickets.relayCustomerReply(id, request.message(), CurrentUser.get().userId()));
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "The customer accepts (closes) or rejects (re-opens) the resolution, with an optional rating")
    ResponseEntity<Void> confirm(@PathVariable long id, @Valid @RequestBody ConfirmationRequest request) {
        tickets.confirmResolution(id, request.toConfirmation(), CurrentUser.get().userId());
        return ResponseEntity.noContent().build();
    }
}
