package io.ticketflow.demo;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerTier;
import io.ticketflow.security.Groups;
import io.ticketflow.security.Roles;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TicketService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo: the teams the routing table names, one user per role (password {@value #PASSWORD}), and a few
 * tickets from different channels. Runs only with the {@code demo} profile and only adds what is missing.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final Map<String, String> TEAMS = Map.ofEntries(
            Map.entry("support-l1", "First-line support"),
            Map.entry("vip-care", "VIP care"),
            Map.entry("complaints", "Complaints"),
            Map.entry("repair-east", "Repair — East region"),
            Map.entry("repair-national", "Repair — national pool"),
            Map.entry("repair-hotline", "Repair hotline"),
            Map.entry("installation", "Installation"),
            Map.entry("returns", "Returns and refunds"),
            Map.entry("billing", "Billing"),
            Map.entry("presales", "Pre-sales consulting"),
            Map.entry("managers-east", "Regional managers — East"),
            Map.entry("managers-north", "Regional managers — North"),
            Map.entry("managers-south", "Regional managers — South"),
            Map.entry("managers-west", "Regional managers — West"));

    private record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("alice", "Alice", "Agent", List.of(Roles.AGENT, "support-l1", "repair-east")),
            new DemoUser("bob", "Bob", "Agent", List.of(Roles.AGENT, "vip-care", "complaints")),
            new DemoUser("carol", "Carol", "Agent", List.of(Roles.AGENT, "repair-national", "repair-hotline",
                    "installation", "returns", "billing", "presales")),
            new DemoUser("sam", "Sam", "Supervisor", List.of(Roles.SUPERVISOR, "support-l1", "vip-care",
                    "complaints", "repair-east", "repair-national", "repair-hotline", "installation", "returns",
                    "billing", "presales")),
            new DemoUser("maya", "Maya", "Manager", List.of(Roles.SUPERVISOR, "managers-east", "managers-north",
                    "managers-south", "managers-west")),
            new DemoUser("ann", "Ann", "Analyst", List.of(Roles.ANALYST)),
            new DemoUser("ivan", "Ivan", "Integrator", List.of(Roles.INTEGRATOR)));

    private final IdentityService identityService;
    private final TicketService tickets;

    DemoData(IdentityService identityService, TicketService tickets) {
        this.identityService = identityService;
        this.tickets = tickets;
    }

    @Override
    public void run(ApplicationArguments args) {
        TEAMS.forEach((id, name) -> Groups.ensure(identityService, id, name, Roles.TEAM_GROUP_TYPE));
        USERS.forEach(this::ensureUser);
        if (tickets.search(new TicketSearch(null, null, null, null, 0, 1)).total() == 0) {
            seedTickets();
        }
        log.info("Demo data ready: users {} with password '{}', admin/admin",
                USERS.stream().map(DemoUser::id).toList(), PASSWORD);
    }

    private void ensureUser(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@ticketflow.example");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
    }

    private void seedTickets() {
        tickets.create(new NewTicket(Channel.WECHAT, "REPAIR", "Washing machine stops mid-cycle",
                "The WM-800 stops after ten minutes and shows error E21.", null, "EAST",
                new CustomerDetails("Li Wei", "+86 138 0000 0001", "li.wei@example.com", CustomerTier.STANDARD)),
                "ivan");
        tickets.create(new NewTicket(Channel.PHONE, "COMPLAINT", "Technician missed the appointment twice",
                "Customer waited at home on two days; nobody came.", null, "NORTH",
                new CustomerDetails("Zhang Min", "+86 139 0000 0002", "zhang.min@example.com", CustomerTier.VIP)),
                "sam");
        tickets.create(new NewTicket(Channel.WEB, "BILLING", "Invoice shows the wrong address",
                "Please correct the billing address on invoice 2026-1180.", null, "SOUTH",
                new CustomerDetails("Chen Jing", null, "chen.jing@example.com", CustomerTier.STANDARD)),
                "ivan");
        tickets.create(new NewTicket(Channel.EMAIL, "GENERAL", "How do I register my warranty?",
                "I bought a fridge last week and cannot find the warranty form.", null, "EAST",
                new CustomerDetails("Wang Fang", null, "wang.fang@example.com", CustomerTier.STANDARD)),
                "ivan");
    }
}
