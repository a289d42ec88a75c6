package io.ticketflow.settlement;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.TicketAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Settlements", description = "Partners' monthly statements: run a month, confirm, pay, correct, export; "
        + "the revenue board")
class TicketSettlementController {

    private final ServiceReports reports;
    private final TicketSettlements settlements;
    private final TicketAccess access;

    TicketSettlementController(ServiceReports reports, TicketSettlements settlements, TicketAccess access) {
        this.reports = reports;
        this.settlements = settlements;
        this.access = access;
    }

    record ReportInput(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be an upper-case code such as "
                    + "INSTALLATION") String serviceType,
            @NotNull Complexity complexity, boolean highAltitude, boolean nightVisit, boolean remoteArea,
            @DecimalMin("0.00") @DecimalMax("100000000.00") @Digits(integer = 9, fraction = 2) BigDecimal partsCost,
            boolean partsLost,
            @Size(max = 80) @PlainText String city) {
    }

    record TicketSettlementView(TicketSettlementRecord settlement, List<StatementLine> lines) {
    }

    @PutMapping("/api/tickets/{id}/service-report")
    @Operation(summary = "The engineer's report of the job (the assignee or a supervisor, before the ticket closes): "
            + "service type, complexity, surcharge circumstances, parts, city. Settlement prices the job from it")
    ServiceReport report(@PathVariable long id, @Valid @RequestBody ReportInput input) {
        return reports.save(id, new ServiceReports.Report(input.serviceType(), input.complexity(),
                input.highAltitude(), input.nightVisit(), input.remoteArea(), input.partsCost(), input.partsLost(),
                input.city()), CurrentUser.get());
    }

    @GetMapping("/api/tickets/{id}/settlement")
    @Operation(summary = "The accepted job's settlement: the statement it landed on and its lines (a ticket the "
            + "caller may see)")
    TicketSettlementView settlement(@PathVariable long id) {
        access.visibleTicket(id);
        TicketSettlementRecord settlement = settlements.find(id)
                .orElseThrow(() -> new NotFoundException("Settlement of ticket", id));
        return new TicketSettlementView(settlement, settlements.lines(id));
    }
}
