package io.ticketflow.settlement;

import io.ticketflow.dispatch.AgentProfile;
import io.ticketflow.dispatch.DispatchDirectory;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.ticket.Priority;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles one accepted job, once: the engineer's partner is paid by the tables in force on the service day (the day
 * the ticket was resolved), and the lines land on the partner's open statement for the month of acceptance. Jobs of
 * the company's own staff need no settlement; the timeline says so.
 */
@Service
public class TicketSettlements {

    private final SettlementMapper mapper;
    private final TicketService tickets;
    private final Partners partners;
    private final ServiceReports reports;
    private final JobPricing pricing;
    private final SettlementRegions regions;
    private final StatementBook statements;
    private final DispatchDirectory dispatch;
    private final SettlementSettings settings;
    private final Clock clock;

    TicketSettlements(SettlementMapper mapper, TicketService tickets, Partners partners, ServiceReports reports,
            JobPricing pricing, SettlementRegions regions, StatementBook statements, DispatchDirectory dispatch,
            SettlementSettings settings, Clock clock) {
        this.mapper = mapper;
        this.tickets = tickets;
        this.partners = partners;
        this.reports = reports;
        this.pricing = pricing;
        this.regions = regions;
        this.statements = statements;
        this.dispatch = dispatch;
        this.settings = settings;
        this.clock = clock;
    }

    /** The ticket's settlement; empty when its engineer works for no partner. Settling twice returns the first. */
    @Transactional
    public Optional<TicketSettlementRecord> settle(long ticketId) {
        Optional<TicketSettlementRecord> done = mapper.findTicketSettlement(ticketId);
        if (done.isPresent()) {
            return done;
        }
        Ticket ticket = tickets.get(ticketId);
        Optional<Partner> partner = partners.partnerOf(ticket.getAssignee());
        if (partner.isEmpty()) {
            tickets.recordSystemEvent(ticketId, TicketEventType.SETTLED, "nothing to settle: "
                    + (ticket.getAssignee() == null ? "nobody" : ticket.getAssignee()) + " works for no partner");
            return Optional.empty();
        }
        ServiceReport report = reports.find(ticketId).orElseGet(() -> defaultReport(ticket));
        LocalDate serviceDay = day(ticket.getResolvedAt() != null ? ticket.getResolvedAt() : clock.instant());
        RegionFinance finance = regions.of(ticket.getRegion());
        List<SettlementLine> lines = pricing.price(new JobFacts(partner.get().kind().name(), report.serviceType(),
                report.complexity().name(), report.highAltitude(), report.nightVisit(),
                ticket.getPriority() == Priority.URGENT, report.remoteArea(), report.partsCost(), ticket.getRegion(),
                report.city()), serviceDay, finance);
        Instant accepted = ticket.getClosedAt() != null ? ticket.getClosedAt() : clock.instant();
        Statement statement = statements.openStatement(partner.get(), YearMonth.from(day(accepted)));
        BigDecimal total = JobPricing.sum(lines);
        BigDecimal subtotal = JobPricing.sum(lines.stream().filter(l -> l.component() != LineComponent.TAX)
                .toList());
        TicketSettlementRecord settlement = new TicketSettlementRecord(null, ticketId, ticket.getTicketNumber(),
                statement.id(), partner.get().code(), ticket.getAssignee(), ticket.getAssignedGroup(),
                ticket.getRegion(), stationOf(ticket.getAssignee()), report.serviceType(), serviceDay, accepted,
                reopened(ticketId), report.partsLost(), finance.currency(), subtotal, total, clock.instant());
        GeneratedKey key = new GeneratedKey();
        mapper.insertTicketSettlement(settlement, key);
        lines.forEach(line -> statements.insert(statement.id(), key.id(), line));
        tickets.recordSystemEvent(ticketId, TicketEventType.SETTLED, "settled for " + partner.get().name() + ": "
                + total.toPlainString() + " " + finance.currency() + " on the " + statement.period()
                + " statement");
        return mapper.findTicketSettlement(ticketId);
    }

    public Optional<TicketSettlementRecord> find(long ticketId) {
        return mapper.findTicketSettlement(ticketId);
    }

    public List<StatementLine> lines(long ticketId) {
        TicketSettlementRecord settlement = find(ticketId)
                .orElseThrow(() -> new NotFoundException("Settlement of ticket", ticketId));
        return mapper.findTicketLines(settlement.id());
    }

    private ServiceReport defaultReport(Ticket ticket) {
        return new ServiceReport(ticket.getId(), ticket.getCategory(), Complexity.STANDARD, false, false, false,
                Money.ZERO, false, null, "system", clock.instant());
    }

    private boolean reopened(long ticketId) {
        return tickets.timeline(ticketId).stream().anyMatch(e -> e.getEventType() == TicketEventType.REOPENED);
    }

    private String stationOf(String engineer) {
        return dispatch.findAgent(engineer).map(AgentProfile::station).orElse(null);
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(settings.zone()).toLocalDate();
    }
}
