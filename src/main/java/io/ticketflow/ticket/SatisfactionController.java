package io.ticketflow.ticket;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.InvalidFieldException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Reports", description = "Customer satisfaction per team and agent")
class SatisfactionController {

    /** Days are counted in the service zone (like settlement's months). */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_DAYS = 366;

    private final TicketMapper tickets;
    private final TicketAccess access;

    SatisfactionController(TicketMapper tickets, TicketAccess access) {
        this.tickets = tickets;
        this.access = access;
    }

    @GetMapping("/api/reports/satisfaction")
    @Operation(summary = "The customers' 1-5 ratings of the tickets closed from one day up to another (exclusive), "
            + "per team and agent, within the caller's tickets; at most a year")
    List<SatisfactionRow> satisfaction(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!to.isAfter(from)) {
            throw new InvalidFieldException("to", "must be after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidFieldException("to", "a report covers at most " + MAX_DAYS + " days");
        }
        return tickets.satisfactionByTeamAndAgent(from.atStartOfDay(ZONE).toInstant(),
                to.atStartOfDay(ZONE).toInstant(), access.scope());
    }
}
