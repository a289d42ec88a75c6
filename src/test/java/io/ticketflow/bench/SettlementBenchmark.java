package io.ticketflow.bench;

import io.ticketflow.bench.BulkTickets.ClosedTicket;
import io.ticketflow.security.Roles;
import io.ticketflow.settlement.PartnerKind;
import io.ticketflow.settlement.Partners;
import io.ticketflow.settlement.StatementBook;
import io.ticketflow.settlement.TicketSettlements;
import io.ticketflow.support.TestUsers;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;

/**
 * A month of installation jobs accepted by customers, done by the engineers of four installer partners: each job
 * settled as the lifecycle's settlement step does it (piece rate, surcharges, coefficient, tax, on the partner's
 * statement), then the month run, then the largest statement read and exported as finance does.
 */
final class SettlementBenchmark {

    private static final int PARTNERS = 4;
    private static final int ENGINEERS_EACH = 5;
    private static final int THREADS = 4;

    private final BenchOptions options;

    SettlementBenchmark(BenchOptions options) {
        this.options = options;
    }

    void run() throws Exception {
        int jobs = options.number("jobs", 100_000);
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        try (BenchApp app = BenchApp.start(options.database())) {
            List<String> engineers = partners(app);
            System.out.printf("Writing %,d accepted installation jobs of %s ...%n", jobs, month);
            List<Long> customers = BulkTickets.insertCustomers(app.jdbc(), "Settled", Math.max(1, jobs / 10));
            long secondsInMonth = Duration.between(month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1)
                    .atStartOfDay()).toSeconds() - 12 * 3600;
            var monthStart = month.atDay(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
            BulkTickets.insertClosed(app.jdbc(), "S", jobs, customers, i -> {
                var created = monthStart.plusSeconds(i * (secondsInMonth / jobs));
                return new ClosedTicket("INSTALLATION", i % 10 == 0 ? "URGENT" : "NORMAL", "EAST", "installation",
                        engineers.get(i % engineers.size()), created, created.plus(Duration.ofHours(6)));
            });
            app.jdbc().update("insert into tf_service_report (ticket_id, service_type, complexity, high_altitude, "
                    + "night_visit, remote_area, parts_cost, parts_lost, city, reported_by, reported_at) "
                    + "select id, 'INSTALLATION', case mod(id, 3) when 0 then 'SIMPLE' when 1 then 'STANDARD' "
                    + "else 'COMPLEX' end, mod(id, 7) = 0, mod(id, 5) = 0, mod(id, 11) = 0, mod(id, 4) * 25.50, "
                    + "false, case mod(id, 2) when 0 then 'Shanghai' else 'Suzhou' end, assignee, resolved_at "
                    + "from tf_ticket where ticket_number like 'S%' and mod(id, 2) = 0");
            List<Long> ids = app.jdbc().queryForList("select id from tf_ticket where ticket_number like 'S%' "
                    + "order by id", Long.class);
            Latencies settled = settle(app.bean(TicketSettlements.class), ids);
            long started = System.nanoTime();
            var results = app.bean(StatementBook.class).run(month);
            double runSeconds = (System.nanoTime() - started) / 1e9;
            report(app, jobs, month, settled, runSeconds, results.size());
        }
    }

    private static List<String> partners(BenchApp app) {
        IdentityService identity = app.bean(IdentityService.class);
        List<String> engineers = new ArrayList<>();
        for (int p = 0; p < PARTNERS; p++) {
            List<String> members = new ArrayList<>();
            for (int e = 0; e < ENGINEERS_EACH; e++) {
                String userId = "installer" + p + "x" + e;
                TestUsers.ensureUser(identity, userId, List.of(Roles.AGENT, "installation"));
                members.add(userId);
            }
            app.bean(Partners.class).save("BENCH-INSTALL-" + p, "Bench installer " + p, PartnerKind.INSTALLER,
                    "EAST", members);
            engineers.addAll(members);
        }
        return engineers;
    }

    private static Latencies settle(TicketSettlements settlements, List<Long> ids) throws Exception {
        System.out.printf("Settling %,d jobs from %d threads ...%n", ids.size(), THREADS);
        return LoadRun.forEach(THREADS, ids.size(), n -> settlements.settle(ids.get(n)).isPresent());
    }

    private static void report(BenchApp app, int jobs, YearMonth month, Latencies settled, double runSeconds,
            int statements) {
        System.out.printf("%n### Settlement of %,d jobs on %s%n%n%s%n%s%n%n", jobs, app.database(),
                Latencies.header(), settled.row("settle one accepted job (" + THREADS + " threads)"));
        System.out.printf("Month %s run for all partners: %.2f s (%d statements)%n", month, runSeconds, statements);
        Long statementId = app.jdbc().queryForObject("select id from tf_settlement_statement where partner_code = "
                + "'BENCH-INSTALL-0' and period = ?", Long.class, month.toString());
        Long lines = app.jdbc().queryForObject("select count(*) from tf_settlement_line where statement_id = ?",
                Long.class, statementId);
        BenchClient client = app.client();
        for (String format : List.of("csv", "xlsx")) {
            long started = System.nanoTime();
            var response = client.get(TestUsers.SUPERVISOR, "/api/settlements/" + statementId + "/export?format="
                    + format);
            System.out.printf("Export of BENCH-INSTALL-0's statement (%,d lines) as %s: HTTP %d, %,d bytes in "
                    + "%.2f s%n", lines, format, response.statusCode(), response.body().length(),
                    (System.nanoTime() - started) / 1e9);
        }
        Long settledRows = app.jdbc().queryForObject("select count(*) from tf_ticket_settlement", Long.class);
        System.out.printf("Checked afterwards: %,d jobs settled, once each%n", settledRows);
    }
}
