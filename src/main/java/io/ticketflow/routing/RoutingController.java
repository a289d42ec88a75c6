package io.ticketflow.routing;

import io.ticketflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routing", description = "Why a ticket went where it went; moving it to another team or person")
class RoutingController {

    static final String ROUTING = "/api/tickets/{id}/routing";
    static final String TRANSFERS = "/api/tickets/{id}/transfers";

    private final TicketRouting routing;
    private final TicketTransfers transfers;

    RoutingController(TicketRouting routing, TicketTransfers transfers) {
        this.routing = routing;
        this.transfers = transfers;
    }

    @GetMapping(ROUTING)
    @Operation(summary = "Every routing, re-routing and transfer of the ticket, oldest first: the table rows that "
            + "fired, the nearest station, and why each team member was chosen, ranked lower or excluded")
    List<RoutingHistoryEntry> history(@PathVariable long id) {
        return routing.history(id);
    }

    @PostMapping(TRANSFERS)
    @Operation(summary = "Move the ticket to another team (optionally to one member), or correct its category and "
            + "route it again; the reason is recorded and the SLA clocks keep running. Answers the new routing entry, "
            + "even when the ticket leaves the caller's sight with it")
    RoutingHistoryEntry transfer(@PathVariable long id, @Valid @RequestBody TransferRequest request) {
        transfers.transfer(id, request, CurrentUser.get());
        List<RoutingHistoryEntry> history = routing.recorded(id);
        return history.get(history.size() - 1);
    }
}
