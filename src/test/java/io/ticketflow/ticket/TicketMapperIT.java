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
    private static final TicketScope ALL = TicketScope.everything();

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

        List<Ticket> first = tickets.searchTickets(firstPage, ALL, firstPage.offset(), firstPage.size());
        List<Ticket> last = tickets.searchTickets(lastPage, ALL, lastPage.offset(), lastPage.size());

        assertThat(tickets.countTickets(firstPage, ALL)).isEqualTo(5);
        assertThat(first).hasSize(2).extracting(Ticket::getRegion).containsOnly(region);
        assertThat(first.get(0).getId()).isGreaterThan(first.get(1).getId());
        assertThat(last).hasSize(1);
        assertThat(tickets.countTickets(new TicketSearch(TicketStatus.CLOSED, null, region, null, 0, 2), ALL)).isZero();
        tickets.markBreached(first.get(0).getId(), Priority.HIGH, NOW);
        assertThat(tickets.searchTickets(new TicketSearch(null, null, region, true, 0, 10), ALL, 0, 10))
                .extracting(Ticket::getId).containsExactly(first.get(0).getId());
        assertThat(tickets.countTickets(new TicketSearch(null, null, region, false, 0, 10), ALL)).isEqualTo(4);
    }

    @Test
    void aScopeFindsItsTeamsItsOwnItsRegionsAndWhatItWasEverGivenInPagesCountsAndSingleReads() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String served = "S" + run;
        String elsewhere = "E" + run;
        String me = "me-" + run;
        String team = "team-" + run;
        long ofTeam = placed(elsewhere, team, null, elsewhere);
        long own = placed(elsewhere, "other-" + run, me, elsewhere);
        long inRegion = placed(served, "other-" + run, null, served);
        long handledThere = placed(elsewhere, "other-" + run, null, served);
        long given = placed(elsewhere, "other-" + run, "someone-" + run, elsewhere);
        jdbc.update("insert into tf_routing_decision (ticket_id, decided_at, kind, actor, assigned_group, assignee, "
                + "priority, summary, explanation) values (?, ?, 'TRANSFERRED', 'tester', ?, ?, 'NORMAL', 's', '{}')",
                given, java.sql.Timestamp.from(NOW), team, me);
        long hidden = placed(elsewhere, "other-" + run, "someone-" + run, elsewhere);
        TicketScope scope = new TicketScope(false, me, List.of(team), List.of(served));

        TicketSearch everywhere = new TicketSearch(null, null, null, null, 0, 10);
        TicketSearch inElsewhere = new TicketSearch(null, null, elsewhere, null, 0, 10);
        TicketSearch secondPage = new TicketSearch(null, null, elsewhere, null, 1, 2);
        TicketSearch inServed = new TicketSearch(null, null, served, null, 0, 10);

        assertThat(tickets.searchTickets(everywhere, scope, 0, 10)).extracting(Ticket::getId)
                .containsExactly(given, handledThere, inRegion, own, ofTeam);
        assertThat(tickets.countTickets(everywhere, scope)).isEqualTo(5);
        assertThat(tickets.searchTickets(inElsewhere, scope, 0, 10)).extracting(Ticket::getId)
                .containsExactly(given, handledThere, own, ofTeam);
        assertThat(tickets.searchTickets(secondPage, scope, secondPage.offset(), 2)).extracting(Ticket::getId)
                .containsExactly(own, ofTeam);
        assertThat(tickets.countTickets(inElsewhere, scope)).isEqualTo(4);
        assertThat(tickets.countTickets(inElsewhere, ALL)).isEqualTo(5);
        assertThat(tickets.searchTickets(inServed, scope, 0, 10)).extracting(Ticket::getId)
                .containsExactly(handledThere, inRegion);
        assertThat(tickets.countTickets(new TicketSearch(null, team, null, null, 0, 10), scope)).isOne();
        assertThat(tickets.findVisibleTicketById(hidden, scope)).isEmpty();
        assertThat(tickets.findVisibleTicketById(given, scope)).isPresent();
        assertThat(tickets.isTicketVisible(hidden, scope)).isFalse();
        assertThat(tickets.isTicketVisible(own, scope)).isTrue();
        assertThat(tickets.hasVisibleTicketOfCustomer(customerId, scope)).isTrue();
        assertThat(tickets.hasVisibleTicketOfCustomer(customerId,
                new TicketScope(false, "nobody-" + run, List.of(), List.of()))).isFalse();
        assertThat(tickets.findTicketsOfCustomer(customerId, 10, scope)).extracting(Ticket::getId)
                .doesNotContain(hidden).hasSize(5);
    }

    @Test
    void findsTicketsByTheirProcessInstances() {
        Ticket ticket = newTicket("EAST");
        tickets.insertTicket(ticket);
        String processInstanceId = UUID.randomUUID().toString();
        tickets.linkProcessInstance(ticket.getId(), processInstanceId, "TicketLifecycleProcess", 1, "test");

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

    /** A ticket of the customer's region, placed with a team, assignee and handling region. */
    private long placed(String region, String team, String assignee, String handlingRegion) {
        Ticket ticket = newTicket(region);
        tickets.insertTicket(ticket);
        tickets.updatePlacement(ticket.getId(), team, handlingRegion, assignee,
                assignee == null ? TicketStatus.OPEN : TicketStatus.IN_PROGRESS, Priority.NORMAL, "test", NOW);
        return ticket.getId();
    }

    private Ticket newTicket(String region) {
        NewTicket request = new NewTicket(Channel.WEB, "REPAIR", "Subject", "Description", null, region, null, null,
                new CustomerDetails("Mapper Test", null, "x@example.com", CustomerTier.STANDARD));
        return new Ticket("TF-T-" + UUID.randomUUID().toString().substring(0, 18), request, customerId, "tester",
                NOW);
    }
}
