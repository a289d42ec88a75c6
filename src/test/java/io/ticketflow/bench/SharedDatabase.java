package io.ticketflow.bench;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The MariaDB database that several nodes share in a reliability run, read and prepared by the harness over its own
 * connection: emptied before the run, timers brought forward, results counted.
 */
final class SharedDatabase {

    static final String NAME = "ticketflow_reliability";

    private final JdbcTemplate jdbc;

    SharedDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:mysql://127.0.0.1:3306/" + NAME
                + "?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true", "root", "");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    static SharedDatabase empty() {
        BenchDatabase.recreateOnMariaDb(NAME);
        return new SharedDatabase();
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    /**
     * Brings the first-response warning and breach of these tickets forward to the given instants: the stored
     * schedule (which the escalation checks) and the engine's timer jobs (which fire it), as if that much time had
     * passed.
     */
    void bringFirstResponseForward(List<Long> ticketIds, IntFunction<Instant> warnAt, Duration breachAfter) {
        Map<Long, String> instances = new HashMap<>();
        jdbc.query("select id, process_instance_id from tf_ticket where id between ? and ?", (ResultSet row) -> {
            instances.put(row.getLong(1), row.getString(2));
        }, Collections.min(ticketIds), Collections.max(ticketIds));
        List<Object[]> schedules = new ArrayList<>();
        List<Object[]> warnJobs = new ArrayList<>();
        List<Object[]> breachJobs = new ArrayList<>();
        for (int i = 0; i < ticketIds.size(); i++) {
            long id = ticketIds.get(i);
            Instant warning = warnAt.apply(i);
            Instant breach = warning.plus(breachAfter);
            String instance = instances.get(id);
            schedules.add(new Object[] {Timestamp.from(warning), Timestamp.from(breach), id});
            warnJobs.add(new Object[] {Timestamp.from(warning), instance, "BoundaryEvent_FirstResponseDueSoon"});
            breachJobs.add(new Object[] {Timestamp.from(breach), instance, "BoundaryEvent_FirstResponseBreached"});
        }
        jdbc.batchUpdate("update tf_ticket_sla set warn_at = ?, due_at = ? where target = 'FIRST_RESPONSE' "
                + "and ticket_id = ?", schedules);
        String moveJob = "update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_INSTANCE_ID_ = ? and JOB_DEF_ID_ in "
                + "(select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?)";
        jdbc.batchUpdate(moveJob, warnJobs);
        jdbc.batchUpdate(moveJob, breachJobs);
    }

    long lastTicketId() {
        return count("select coalesce(max(id), 0) from tf_ticket");
    }

    /** Tickets after the given id stored without a process instance, open task or timers: half created. */
    long halfCreatedTicketsAfter(long ticketId) {
        return count("select count(*) from tf_ticket t where t.id > ? and (t.process_instance_id is null or not "
                + "exists (select 1 from ACT_RU_TASK k where k.PROC_INST_ID_ = t.process_instance_id) or not exists "
                + "(select 1 from ACT_RU_JOB j where j.PROCESS_INSTANCE_ID_ = t.process_instance_id))", ticketId);
    }
}
