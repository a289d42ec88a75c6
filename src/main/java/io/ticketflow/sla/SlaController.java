package io.ticketflow.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
    /** Members of {@code managers-east} manage the EAST region. */
    static final String REGION_MANAGERS_PREFIX = "managers-";

    private final EscalationMapper escalations;
    private final TicketSlaMapper slas;

    SlaController(EscalationMapper escalations, TicketSlaMapper slas) {
        this.escalations = escalations;
        this.slas = slas;
    }

    @GetMapping(ESCALATIONS)
    @Operation(summary = "Open escalations (breaches and second levels of tickets not yet resolved) of the caller's "
            + "teams, and of the regions they manage (groups managers-<region>), oldest first")
    List<EscalationView> openEscalations(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<String> groups = CurrentUser.get().groupIds();
        List<String> regions = groups.stream().filter(g -> g.startsWith(REGION_MANAGERS_PREFIX))
                .map(g -> g.substring(REGION_MANAGERS_PREFIX.length()).toUpperCase(Locale.ROOT)).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        return escalations.findOpenEscalations(groups, regions, limit).stream().map(EscalationView::of).toList();
    }

    @GetMapping(BREACHES)
    @Operation(summary = "Missed SLA targets, newest first, by breach time, team and region")
    List<BreachView> breaches(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String group,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String region,
            @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int limit) {
        return slas.findBreaches(from, to, group, region, limit).stream().map(BreachView::of).toList();
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
