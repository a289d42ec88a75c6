package io.ticketflow.intake;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.ticket.TicketView;
import io.ticketflow.ticket.TicketViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tickets", description = "Create tickets, read them with their timeline, relay the customer's confirmation")
class IntakeController {

    private final TicketIntake intake;
    private final TicketViews views;

    IntakeController(TicketIntake intake, TicketViews views) {
        this.intake = intake;
        this.views = views;
    }

    @PostMapping("/api/tickets")
    @Operation(summary = "Create a ticket (agents for phone calls, integrators): checks the template's fields, "
            + "recognises the customer, routes the ticket and opens its first task; a message about the same order "
            + "and category while the customer's ticket is open is added to that ticket (200) instead (201)")
    ResponseEntity<TicketView> create(@Valid @RequestBody CreateTicketRequest request) {
        TicketIntake.Outcome outcome = intake.submit(request.toSubmission(CurrentUser.get().userId()));
        URI location = URI.create("/api/tickets/" + outcome.ticket().getId());
        return (outcome.created() ? ResponseEntity.created(location) : ResponseEntity.ok().location(location))
                .body(views.full(outcome.ticket()));
    }
}
