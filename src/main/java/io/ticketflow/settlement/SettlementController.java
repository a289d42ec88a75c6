package io.ticketflow.settlement;

import io.ticketflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
@RequestMapping(SettlementController.SETTLEMENTS)
@Tag(name = "Settlements", description = "Partners' monthly statements: run a month, confirm, pay, correct, export; "
        + "the revenue board")
class SettlementController {

    static final String SETTLEMENTS = "/api/settlements";
    static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2])";
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatementBook statements;
    private final Partners partners;
    private final StatementExport export;
    private final RevenueBoard board;

    SettlementController(StatementBook statements, Partners partners, StatementExport export, RevenueBoard board) {
        this.statements = statements;
        this.partners = partners;
        this.export = export;
        this.board = board;
    }

    /** A statement with its sums (always the sums of its lines); lines only on single reads. */
    record StatementView(long id, String partner, String partnerName, String period, StatementStatus status,
            String currency, int jobs, BigDecimal subtotal, BigDecimal tax, BigDecimal total, Instant calculatedAt,
            Instant confirmedAt, String confirmedBy, Instant paidAt, List<StatementLine> lines) {

        static StatementView of(Statement s, Partner partner, StatementTotals totals, List<StatementLine> lines) {
            return new StatementView(s.id(), s.partnerCode(), partner.name(), s.period(), s.status(), s.currency(),
                    totals.jobs(), totals.subtotal(), totals.tax(), totals.total(), s.calculatedAt(),
                    s.confirmedAt(), s.confirmedBy(), s.paidAt(), lines);
        }
    }

    record AdjustmentRequest(@NotNull @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 200) @PlainText(multiLine = true) String reason) {
    }

    record RunView(String period, List<StatementBook.RunResult> statements, List<RevenueBoard.StationAlert> alerts) {
    }

    @GetMapping
    @Operation(summary = "Statements, newest month first, by partner and/or month (yyyy-MM)")
    List<StatementView> find(@RequestParam(required = false) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,39}")
            String partner, @RequestParam(required = false) @Pattern(regexp = PERIOD) String period) {
        List<Statement> found = statements.find(partner, period);
        Map<Long, StatementTotals> totals = statements.totals(found.stream().map(Statement::id).toList());
        Map<String, Partner> byCode = partners.all().stream()
                .collect(Collectors.toMap(Partner::code, Function.identity()));
        return found.stream().map(s -> StatementView.of(s, byCode.get(s.partnerCode()), totals.getOrDefault(s.id(),
                new StatementTotals(s.id(), 0, Money.ZERO, Money.ZERO, Money.ZERO)), null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A statement with every line: component, quantity × unit = amount, and the rule table, "
            + "version and row that made it")
    StatementView get(@PathVariable long id) {
        return view(statements.get(id));
    }

    @PostMapping("/{period}/run")
    @Operation(summary = "Calculate a month (yyyy-MM) for every partner: monthly lines of DRAFT statements are "
            + "replaced, confirmed ones stay; running twice changes nothing. Station alerts go to supervisors")
    RunView run(@PathVariable @Pattern(regexp = PERIOD) String period) {
        YearMonth month = YearMonth.parse(period);
        return new RunView(period, statements.run(month), board.tellSupervisors(month));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Freeze a DRAFT statement; later corrections become adjustment lines on the next month")
    StatementView confirm(@PathVariable long id) {
        return view(statements.confirm(id, CurrentUser.get().userId()));
    }

    @PostMapping("/{id}/pay")
    @Operation(summary = "Mark a CONFIRMED statement as paid")
    StatementView pay(@PathVariable long id) {
        return view(statements.pay(id, CurrentUser.get().userId()));
    }

    @PostMapping("/{id}/adjustments")
    @Operation(summary = "Correct a statement: a DRAFT takes the line itself, a confirmed one stays untouched and the "
            + "line lands on the partner's next open month. Answers the statement that took it")
    StatementView adjust(@PathVariable long id, @Valid @RequestBody AdjustmentRequest request) {
        return view(statements.adjust(id, request.amount(), request.reason(), CurrentUser.get().userId()));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The statement as CSV or XLSX for finance, every line and the totals")
    ResponseEntity<byte[]> export(@PathVariable long id,
            @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") @Pattern(regexp = "csv|xlsx")
            String format) {
        Statement statement = statements.get(id);
        Partner partner = partners.get(statement.partnerCode());
        List<StatementLine> lines = statements.lines(id);
        StatementTotals totals = statements.totals(id);
        boolean xlsx = "xlsx".equals(format);
        byte[] body = xlsx ? export.xlsx(statement, partner, lines, totals)
                : export.csv(statement, partner, lines, totals);
        String fileName = "statement-" + partner.code() + "-" + statement.period() + "." + format;
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }

    @GetMapping("/revenue")
    @Operation(summary = "The revenue board of a month: jobs, revenue before tax, average per job and rank, per "
            + "installer, team, region, service type, station or partner")
    List<RevenueRow> revenue(@RequestParam @Pattern(regexp = PERIOD) String period,
            @RequestParam(defaultValue = "INSTALLER") RevenueBoard.Dimension by) {
        return board.revenue(YearMonth.parse(period), by);
    }

    @GetMapping("/alerts")
    @Operation(summary = "Stations whose return-visit or parts-loss rate in the month passes its threshold")
    List<RevenueBoard.StationAlert> alerts(@RequestParam @Pattern(regexp = PERIOD) String period) {
        return board.alerts(YearMonth.parse(period));
    }

    private StatementView view(Statement statement) {
        return StatementView.of(statement, partners.get(statement.partnerCode()), statements.totals(statement.id()),
                statements.lines(statement.id()));
    }
}
