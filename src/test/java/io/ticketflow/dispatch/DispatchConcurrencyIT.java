package io.ticketflow.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerTier;
import io.ticketflow.security.Roles;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketService.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Capacity under concurrent dispatch, on the real database (H2, or MariaDB under the mysql profile). */
class DispatchConcurrencyIT extends ApiIntegrationTest {

    private static final int TICKETS = 8;
    private static final int CAPACITY = 2;

    @Autowired
    private Dispatcher dispatcher;

    @Autowired
    private DispatchDirectory directory;

    @Autowired
    private TicketService tickets;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void ticketsDispatchedAtTheSameMomentNeverPushOnePersonOverCapacity() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String team = "race" + run;
        String agent = "busy" + run;
        directory.saveTeam(team, "Concurrency test team", null, true);
        TestUsers.ensureUser(identityService, agent, List.of(Roles.AGENT, team));
        directory.saveAgent(agent, null, null, true, CAPACITY, Set.of());
        List<Ticket> waiting = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            waiting.add(tickets.create(new NewTicket(Channel.WEB, "GENERAL", "Race " + i, "Dispatched in a race",
                    null, "EAST", null, null, new CustomerDetails("Racer", null, "racer-" + run + "@example.com",
                            CustomerTier.STANDARD)), "test"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(TICKETS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Ticket ticket : waiting) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return new TransactionTemplate(transactions).execute(tx -> dispatchAndRecord(ticket, team));
            }));
        }
        start.countDown();
        List<String> assignees = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            assignees.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(assignees.stream().filter(Objects::nonNull)).hasSize(CAPACITY).containsOnly(agent);
        assertThat(tickets.openTicketsOf(List.of(agent))).containsEntry(agent, CAPACITY);
    }

    private String dispatchAndRecord(Ticket ticket, String team) {
        Dispatch dispatch = dispatcher.dispatch(ticket, team, new DispatchNeeds(null, "EAST", null, false));
        tickets.applyRouting(ticket.getId(), new Placement(team, "EAST", dispatch.assignee(), ticket.getPriority(),
                "test", dispatch.summary(), null), "test");
        return dispatch.assignee();
    }
}
