package io.ticketflow.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.ticket.TicketAccess;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "SLA", description = "Escalations and breaches for supervisors")
class SlaController {

    static final String ESCALATIONS = "/api/escalations";
    static final String BREACHES = "/api/sla/breaches";

    private final EscalationMapper escalations;
    private final TicketSlaMapper slas;
    private final TicketAccess access;

    SlaController(EscalationMapper escalations, TicketSlaMapper slas, TicketAccess access) {
        this.escalations = escalations;
        this.slas = slas;
        this.access = access;
    }

    @GetMapping(ESCALATIONS)
    @Operation(summary = "Open escalations (breaches and second levels of tickets not yet resolved) of the tickets the "
            + "caller may see: their teams', their own and those of the regions they manage (groups "
            + "managers-<region>), oldest first")
    List<EscalationView> openEscalations(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return escalations.findOpenEscalations(access.scope(), limit).stream().map(EscalationView::of).toList();
    }

    @GetMapping(BREACHES)
    @Operation(summary = "Missed SLA targets of the tickets the caller may see, newest first, by breach time, team "
            + "and region")
    List<BreachView> breaches(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String group,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String region,
            @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int limit) {
        return slas.findBreaches(from, to, group, region, access.scope(), limit).stream().map(BreachView::of)
                .toList();
    }

    record EscalationView(long id, long ticketId, String ticketNumber, String subject, SlaTarget target, int level,
            Instant occurredAt, String team, String region, String told) {

        static EscalationView of(Escalation e) {
            return new EscalationView(e.getId(), e.getTicketId(), e.getTicketNumber(), e.getSubject(), e.getTarget(),
                    e.getLevel(), e.getOccurredAt(), e.getAssignedGroup(), e.getRegion(), e.getRecipients());
        }
    }

    record BreachView(long ticketId, SlaTarget target, Instant dueAt, Instant breachedAt, Instant metAt,
            String calendar, String policy) {

        static BreachView of(TicketSla sla) {
            return new BreachView(sla.getTicketId(), sla.getTarget(), sla.getDueAt(), sla.getBreachedAt(),
                    sla.getMetAt(), sla.getCalendarName(), sla.policyReason());
        }
    }
}
