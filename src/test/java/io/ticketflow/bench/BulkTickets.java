package io.ticketflow.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closed tickets written straight into our tables in JDBC batches — a year of history in a minute, where the
 * lifecycle would take hours. They carry what list queries read (status, team, region, priority, times) and their
 * SLA rows (met, every tenth breached and escalated). They have no Camunda history: nothing the measured queries read.
 */
final class BulkTickets {

    private static final int BATCH = 5_000;

    /** One closed ticket's varying columns. */
    record ClosedTicket(String category, String priority, String region, String team, String assignee,
            Instant createdAt, Instant resolvedAt) {
    }

    private BulkTickets() {
    }

    /** Inserts customers named by prefix and number; answers their ids. */
    static List<Long> insertCustomers(JdbcTemplate jdbc, String prefix, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {prefix + " customer " + i, prefix.toLowerCase() + "-" + i + "@bulk.example", now,
                    now});
            if (rows.size() == BATCH || i == count - 1) {
                jdbc.batchUpdate("insert into tf_customer (name, email, tier, created_at, updated_at) "
                        + "values (?, ?, 'STANDARD', ?, ?)", rows);
                rows.clear();
            }
        }
        return jdbc.queryForList("select id from tf_customer where email like ? order by id", Long.class,
                prefix.toLowerCase() + "-%@bulk.example");
    }

    /** Inserts closed tickets numbered {@code <prefix><n>} with their two SLA rows; prints progress. */
    static void insertClosed(JdbcTemplate jdbc, String prefix, int count, List<Long> customers,
            IntFunction<ClosedTicket> ticket) {
        long started = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ClosedTicket t = ticket.apply(i);
            Timestamp created = Timestamp.from(t.createdAt());
            Timestamp resolved = Timestamp.from(t.resolvedAt());
            rows.add(new Object[] {prefix + i, t.category(), "Closed ticket " + i, t.priority(), t.region(),
                    customers.get(i % customers.size()), t.team(), t.assignee(), created, created, resolved,
                    resolved, resolved});
            if (rows.size() == BATCH || i == count - 1) {
                jdbc.batchUpdate("insert into tf_ticket (ticket_number, channel, category, subject, description, "
                        + "priority, status, region, customer_id, assigned_group, assignee, created_by, created_at, "
                        + "first_response_at, resolved_at, closed_at, updated_at) values (?, 'API', ?, ?, "
                        + "'Imported for the benchmark', ?, 'CLOSED', ?, ?, ?, ?, 'bench', ?, ?, ?, ?, ?)", rows);
                rows.clear();
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d closed tickets written (%.0f s)%n", i + 1,
                            (System.nanoTime() - started) / 1e9);
                }
            }
        }
        for (String target : List.of("FIRST_RESPONSE", "RESOLUTION")) {
            int hours = target.equals("FIRST_RESPONSE") ? 8 : 40;
            jdbc.update("insert into tf_ticket_sla (ticket_id, target, calendar_name, calendar_zone, started_at, "
                    + "target_seconds, warn_at, due_at, level2_at, met_at, breached_at, policy_table, "
                    + "policy_version, policy_row, level1_recipients, level2_recipients) "
                    + "select id, ?, 'TWENTY_FOUR_SEVEN', 'Asia/Shanghai', created_at, ?, "
                    + "timestampadd(MINUTE, ?, created_at), timestampadd(HOUR, ?, created_at), "
                    + "timestampadd(HOUR, ?, created_at), resolved_at, "
                    + "case when mod(id, 10) = 0 then timestampadd(HOUR, ?, created_at) end, "
                    + "'sla-policy', 'bulk', 'Everything else', 'team-supervisors', 'managers-{region}' "
                    + "from tf_ticket where ticket_number like ?", target, hours * 3600, hours * 45, hours,
                    hours + 8, hours, prefix + "%");
        }
        jdbc.update("update tf_ticket set sla_breached = true where ticket_number like ? and mod(id, 10) = 0",
                prefix + "%");
        jdbc.update("insert into tf_escalation (ticket_id, target, level, occurred_at, assigned_group, region, "
                + "recipients) select s.ticket_id, s.target, 1, s.breached_at, t.assigned_group, t.region, 'bench' "
                + "from tf_ticket_sla s join tf_ticket t on t.id = s.ticket_id "
                + "where s.breached_at is not null and t.ticket_number like ?", prefix + "%");
        System.out.printf("  %,d closed tickets and their SLA rows in %.0f s%n", count,
                (System.nanoTime() - started) / 1e9);
    }
}
