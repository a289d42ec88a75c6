package io.ticketflow.settlement;

import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' monthly statements. A DRAFT statement takes accepted jobs as they come and is recalculated by running
 * its month; CONFIRMED freezes it — a job accepted later, or a correction, lands on the partner's next open month.
 * Every change to a statement holds its row lock, so confirming and adding a job never cross.
 */
@Service
public class StatementBook {

    private final SettlementMapper mapper;
    private final Partners partners;
    private final PeriodPricing pricing;
    private final SettlementRegions regions;
    private final Clock clock;

    StatementBook(SettlementMapper mapper, Partners partners, PeriodPricing pricing, SettlementRegions regions,
            Clock clock) {
        this.mapper = mapper;
        this.partners = partners;
        this.pricing = pricing;
        this.regions = regions;
        this.clock = clock;
    }

    /** The partner's open statement for the month, or the first open one after it; locked until the caller commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Statement openStatement(Partner partner, YearMonth from) {
        for (YearMonth period = from; ; period = period.plusMonths(1)) {
            Statement statement = mapper.lockStatement(ensure(partner, period).id()).orElseThrow();
            if (statement.status() == StatementStatus.DRAFT) {
                return statement;
            }
        }
    }

    private Statement ensure(Partner partner, YearMonth period) {
        return mapper.findStatement(partner.code(), period.toString()).orElseGet(() -> {
            Statement fresh = new Statement(null, partner.code(), period.toString(), StatementStatus.DRAFT,
                    regions.of(partner.region()).currency(), null, null, null, null, clock.instant());
            try {
                GeneratedKey key = new GeneratedKey();
                mapper.insertStatement(fresh, key);
                return mapper.findStatementById(key.id()).orElseThrow();
            } catch (DuplicateKeyException createdMeanwhile) {
                return mapper.findStatement(partner.code(), period.toString()).orElseThrow();
            }
        });
    }

    /** What running a month did to one partner's statement. */
    public record RunResult(String partner, long statementId, StatementStatus status, String action,
            BigDecimal total) {
    }

    /**
     * Calculates the month for every partner: the monthly lines of each DRAFT statement are replaced by what the
     * rules say now; confirmed and paid statements stay as they are. Running a month twice changes nothing.
     */
    @Transactional
    public List<RunResult> run(YearMonth period) {
        List<RunResult> results = new ArrayList<>();
        for (Partner partner : partners.all()) {
            Statement existing = mapper.findStatement(partner.code(), period.toString()).orElse(null);
            if (existing != null && existing.status() != StatementStatus.DRAFT) {
                results.add(new RunResult(partner.code(), existing.id(), existing.status(), "unchanged: "
                        + existing.status().name().toLowerCase(), totals(existing.id()).total()));
                continue;
            }
            int jobs = existing == null ? 0 : mapper.countTicketSettlements(existing.id());
            BigDecimal sales = mapper.sumSales(partner.code(), period.atDay(1), period.atEndOfMonth());
            List<SettlementLine> lines = pricing.price(new PeriodFacts(partner.kind().name(), partner.region(),
                    Money.round(sales), jobs), period.atEndOfMonth(), regions.of(partner.region()));
            if (existing == null && lines.isEmpty()) {
                continue;
            }
            Statement statement = mapper.lockStatement(ensure(partner, period).id()).orElseThrow();
            if (statement.status() != StatementStatus.DRAFT) {
                continue;
            }
            mapper.deleteLines(statement.id(), LineKind.PERIOD);
            lines.forEach(line -> insert(statement.id(), null, line));
            mapper.markCalculated(statement.id(), clock.instant());
            results.add(new RunResult(partner.code(), statement.id(), StatementStatus.DRAFT, "calculated",
                    totals(statement.id()).total()));
        }
        return results;
    }

    void insert(long statementId, Long ticketSettlementId, SettlementLine line) {
        mapper.insertLine(new StatementLine(null, statementId, ticketSettlementId, null, line.kind(),
                line.component(), line.description(), line.quantity(), line.unitAmount(), line.amount(),
                line.ruleTable(), line.ruleVersion(), line.ruleRow()));
    }

    @Transactional
    public Statement confirm(long id, String actor) {
        return move(id, StatementStatus.DRAFT, StatementStatus.CONFIRMED, actor);
    }

    @Transactional
    public Statement pay(long id, String actor) {
        return move(id, StatementStatus.CONFIRMED, StatementStatus.PAID, actor);
    }

    private Statement move(long id, StatementStatus from, StatementStatus to, String actor) {
        Statement statement = mapper.lockStatement(id).orElseThrow(() -> new NotFoundException("Statement", id));
        if (mapper.updateStatus(id, from, to, clock.instant(), actor) == 0) {
            throw new ConflictException("Statement " + id + " (" + statement.partnerCode() + " "
                    + statement.period() + ") is " + statement.status() + "; only a " + from + " statement can be "
                    + to.name().toLowerCase());
        }
        return get(id);
    }

    /**
     * A correction: a DRAFT statement takes it directly; a confirmed or paid one stays untouched and the correction
     * lands on the partner's next open month, naming the statement it corrects. Returns the statement it landed on.
     */
    @Transactional
    public Statement adjust(long id, BigDecimal amount, String reason, String actor) {
        Statement corrected = get(id);
        Partner partner = partners.get(corrected.partnerCode());
        Statement target = openStatement(partner, YearMonth.parse(corrected.period()));
        String description = (target.id().equals(corrected.id()) ? "correction: " : "correction of "
                + corrected.period() + ": ") + reason + " (" + actor + ")";
        insert(target.id(), null, SettlementLine.of(LineKind.ADJUSTMENT, LineComponent.ADJUSTMENT, description,
                BigDecimal.ONE, Money.round(amount), null, null, null));
        return target;
    }

    public Statement get(long id) {
        return mapper.findStatementById(id).orElseThrow(() -> new NotFoundException("Statement", id));
    }

    public List<Statement> find(String partnerCode, String period) {
        return mapper.findStatements(partnerCode, period);
    }

    public List<StatementLine> lines(long id) {
        get(id);
        return mapper.findLines(id);
    }

    public StatementTotals totals(long id) {
        return totals(List.of(id)).getOrDefault(id, new StatementTotals(id, 0, Money.ZERO, Money.ZERO, Money.ZERO));
    }

    public Map<Long, StatementTotals> totals(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mapper.totals(ids).stream().collect(Collectors.toMap(StatementTotals::statementId,
                Function.identity()));
    }
}
