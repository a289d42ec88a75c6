package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerTier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ticket mapper's SQL on the configured database (H2, or MariaDB under the mysql profile), checked by JDBC. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class TicketMapperIT {

    private static final Instant NOW = Instant.parse("2026-05-04T08:15:30Z");

    @Autowired
    private TicketMapper tickets;

    @Autowired
    private TicketEventMapper events;

    @Autowired
    private JdbcTemplate jdbc;

    private long customerId;

    @BeforeEach
    void insertCustomer() {
        jdbc.update("insert into tf_customer (name, email, tier, created_at, updated_at) values (?, ?, ?, ?, ?)",
                "Mapper Test", UUID.randomUUID() + "@example.com", "STANDARD", java.sql.Timestamp.from(NOW),
                java.sql.Timestamp.from(NOW));
        customerId = jdbc.queryForObject("select max(id) from tf_customer", Long.class);
    }

    @Test
    void insertsATicketRowWithEveryColumnAndReadsItBack() {
        Ticket ticket = newTicket("EAST");

        tickets.insertTicket(ticket);

        Map<String, Object> row = jdbc.queryForMap("select * from tf_ticket where id = ?", ticket.getId());
        assertThat(row).containsEntry("TICKET_NUMBER", ticket.getTicketNumber())
                .containsEntry("CHANNEL", "WEB").containsEntry("STATUS", "OPEN").containsEntry("PRIORITY", "NORMAL")
                .containsEntry("REGION", "EAST").containsEntry("CREATED_BY", "tester");
        Ticket read = tickets.findTicketById(ticket.getId()).orElseThrow();
        assertThat(read.getCreatedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.SECONDS));
        assertThat(read.getChannel()).isEqualTo(Channel.WEB);
        assertThat(read.getCustomerId()).isEqualTo(customerId);
    }

    @Test
    void stateChangesOnlyApplyFromTheStatesTheyStartFrom() {
        Ticket ticket = newTicket("EAST");
        tickets.insertTicket(ticket);
        long id = ticket.getId();

        assertThat(tickets.markClosed(id, NOW)).as("an open ticket cannot close").isZero();
        assertThat(tickets.updateAssignee(id, "alice", TicketStatus.IN_PROGRESS, NOW)).isOne();
        assertThat(tickets.markResolved(id, NOW)).isOne();
        assertThat(tickets.markResolved(id, NOW)).as("resolved twice").isZero();
        assertThat(tickets.reopen(id, NOW)).isOne();
        assertThat(jdbc.queryForMap("select status, assignee, resolved_at from tf_ticket where id = ?", id))
                .containsEntry("STATUS", "OPEN").containsEntry("ASSIGNEE", null).containsEntry("RESOLVED_AT", null);
        assertThat(tickets.markResolved(id, NOW)).isOne();
        assertThat(tickets.markClosed(id, NOW)).isOne();
        assertThat(tickets.updateAssignee(id, "bob", TicketStatus.IN_PROGRESS, NOW)).as("closed").isZero();
    }

    @Test
    void searchesByRegionAndStatusNewestFirstWithPaging() {
        String region = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        for (int i = 0; i < 5; i++) {
            tickets.insertTicket(newTicket(region));
        }
        TicketSearch firstPage = new TicketSearch(TicketStatus.OPEN, null, region, null, 0, 2);
        TicketSearch lastPage = new TicketSearch(TicketStatus.OPEN, null, region, null, 2, 2);

        List<Ticket> first = tickets.searchTickets(firstPage, firstPage.offset(), firstPage.size());
        List<Ticket> last = tickets.searchTickets(lastPage, lastPage.offset(), lastPage.size());

        assertThat(tickets.countTickets(firstPage)).isEqualTo(5);
        assertThat(first).hasSize(2).extracting(Ticket::getRegion).containsOnly(region);
        assertThat(first.get(0).getId()).isGreaterThan(first.get(1).getId());
        assertThat(last).hasSize(1);
        assertThat(tickets.countTickets(new TicketSearch(TicketStatus.CLOSED, null, region, null, 0, 2))).isZero();
        tickets.markBreached(first.get(0).getId(), Priority.HIGH, NOW);
        assertThat(tickets.searchTickets(new TicketSearch(null, null, region, true, 0, 10), 0, 10))
                .extracting(Ticket::getId).containsExactly(first.get(0).getId());
        assertThat(tickets.countTickets(new TicketSearch(null, null, region, false, 0, 10))).isEqualTo(4);
    }

    @Test
    void findsTicketsByTheirProcessInstances() {
        Ticket ticket = newTicket("EAST");
        tickets.insertTicket(ticket);
        String processInstanceId = UUID.randomUUID().toString();
        tickets.linkProcessInstance(ticket.getId(), processInstanceId);

        assertThat(tickets.findTicketsByProcessInstanceIds(List.of(processInstanceId, "unknown")))
                .extracting(Ticket::getId).containsExactly(ticket.getId());
    }

    @Test
    void keepsTheTimelineInOrder() {
        Ticket ticket = newTicket("EAST");
        tickets.insertTicket(ticket);
        events.insertEvent(new TicketEvent(ticket.getId(), NOW, "tester", TicketEventType.CREATED, "first"));
        events.insertEvent(new TicketEvent(ticket.getId(), NOW, "system", TicketEventType.ROUTED, "second"));

        assertThat(events.findEventsByTicketId(ticket.getId())).extracting(TicketEvent::getDetail)
                .containsExactly("first", "second");
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket_event where ticket_id = ?", Long.class,
                ticket.getId())).isEqualTo(2);
    }

    private Ticket newTicket(String region) {
        NewTicket request = new NewTicket(Channel.WEB, "REPAIR", "Subject", "Description", null, region, null, null,
                new CustomerDetails("Mapper Test", null, "x@example.com", CustomerTier.STANDARD));
        return new Ticket("TF-T-" + UUID.randomUUID().toString().substring(0, 18), request, customerId, "tester",
                NOW);
    }
}
