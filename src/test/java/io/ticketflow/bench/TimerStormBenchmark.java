package io.ticketflow.bench;

import io.ticketflow.intake.TicketIntake;
import io.ticketflow.ticket.Channel;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SLA timers coming due: first one timer on an idle node (how late does a due timer fire?), then a storm of many
 * tickets whose first-response warnings all come due at the same instant. Nothing sleeps until a deadline: tickets
 * are created now and the engine clock is moved to just past their warning time. Hotline tickets about a general
 * question go to support-l1 (one member), so each warning is one mail.
 */
final class TimerStormBenchmark {

    private static final int SINGLE_TIMERS = 5;
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration GIVE_UP = Duration.ofMinutes(20);

    private final BenchOptions options;

    TimerStormBenchmark(BenchOptions options) {
        this.options = options;
    }

    void run() throws Exception {
        int count = options.number("count", 10_000);
        try (BenchApp app = BenchApp.start(options.database())) {
            TicketIntake intake = app.bean(TicketIntake.class);
            System.out.printf("%n### SLA timers on %s%n%n| one due timer on an idle node | seconds from due to "
                    + "escalated |%n|---|---|%n", app.database());
            for (int i = 1; i <= SINGLE_TIMERS; i++) {
                System.out.printf("| sample %d | %.2f |%n", i, storm(app, intake, 1).get(0) / 1000.0);
            }
            List<Long> reached = storm(app, intake, count);
            report(app, count, reached);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * Creates {@code count} hotline tickets, moves the clock to just past the last one's first-response warning
     * time (before the first one's breach) and answers, in milliseconds after the move, when each further 1 % of
     * the warnings had happened (for one ticket: when it did).
     */
    private List<Long> storm(BenchApp app, TicketIntake intake, int count) throws Exception {
        JdbcTemplate jdbc = app.jdbc();
        ClockUtil.reset();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from tf_ticket", Long.class);
        double seconds = TicketBatch.create(intake, count, Channel.PHONE, "GENERAL", Math.min(count, 4));
        if (count > 1) {
            System.out.printf("%n%,d hotline tickets created in %.0f s; their teams: %s%n", count, seconds,
                    jdbc.queryForList("select assigned_group, count(*) c from tf_ticket where id > ? "
                            + "group by assigned_group", before));
        }
        Timestamp lastWarning = jdbc.queryForObject("select max(warn_at) from tf_ticket_sla where ticket_id > ? "
                + "and target = 'FIRST_RESPONSE'", Timestamp.class, before);
        Timestamp firstDue = jdbc.queryForObject("select min(due_at) from tf_ticket_sla where ticket_id > ? "
                + "and target = 'FIRST_RESPONSE'", Timestamp.class, before);
        if (!lastWarning.before(firstDue)) {
            throw new IllegalStateException("creating the tickets took longer than the time between warning and "
                    + "breach; use fewer tickets");
        }
        List<Long> reached = new ArrayList<>();
        long moved = System.nanoTime();
        ClockUtil.offset(lastWarning.getTime() + 1000 - System.currentTimeMillis());
        boolean all = Waits.until(GIVE_UP, POLL, () -> {
            long warned = jdbc.queryForObject("select count(*) from tf_escalation where ticket_id > ? and level = 0",
                    Long.class, before);
            long elapsed = (System.nanoTime() - moved) / 1_000_000;
            while (reached.size() < 100 && warned * 100 >= (long) count * (reached.size() + 1)) {
                reached.add(elapsed);
            }
            return reached.size() == 100;
        });
        if (!all) {
            throw new IllegalStateException("only " + reached.size() + " % of " + count + " warnings after " + GIVE_UP);
        }
        return count == 1 ? List.of(reached.get(0)) : reached;
    }

    private static void report(BenchApp app, int count, List<Long> reached) {
        JdbcTemplate jdbc = app.jdbc();
        System.out.printf("%n| %,d first-response warnings due at once | %s |%n|---|---|%n", count,
                app.database());
        System.out.printf("| half of them escalated after | %.1f s |%n", reached.get(49) / 1000.0);
        System.out.printf("| 99 %% escalated after | %.1f s |%n", reached.get(98) / 1000.0);
        System.out.printf("| all escalated after | %.1f s (%.0f per second) |%n", reached.get(99) / 1000.0,
                count * 1000.0 / reached.get(99));
        Long escalations = jdbc.queryForObject("select count(*) from tf_escalation where level = 0", Long.class);
        Long tickets = jdbc.queryForObject("select count(distinct ticket_id) from tf_escalation where level = 0",
                Long.class);
        long outbox = count(jdbc, "kind = 'SLA_WARNING'");
        long incidents = app.bean(ManagementService.class).createJobQuery().withException().count();
        System.out.printf("| warnings stored (incl. %d single-timer samples) / tickets warned | %d / %d |%n",
                SINGLE_TIMERS, escalations, tickets);
        System.out.printf("| warning mails in the outbox | %d |%n", outbox);
        System.out.printf("| jobs failed / incidents | %d / %d |%n", incidents,
                app.bean(RuntimeService.class).createIncidentQuery().count());
        long started = System.nanoTime();
        Waits.until(GIVE_UP, Duration.ofMillis(200),
                () -> count(jdbc, "kind = 'SLA_WARNING' and status in ('PENDING', 'SENDING')") == 0);
        System.out.printf("| warning mails sent / failed | %d / %d, all within %.1f s after the last warning |%n",
                count(jdbc, "kind = 'SLA_WARNING' and status = 'SENT'"),
                count(jdbc, "kind = 'SLA_WARNING' and status = 'FAILED'"), (System.nanoTime() - started) / 1e9);
        System.out.printf("| mails of any kind sent / received by the SMTP server (GreenMail) | %d / %d |%n",
                count(jdbc, "status = 'SENT'"), app.mailsReceived());
    }

    private static long count(JdbcTemplate jdbc, String notificationsWhere) {
        return jdbc.queryForObject("select count(*) from tf_notification where " + notificationsWhere, Long.class);
    }
}
