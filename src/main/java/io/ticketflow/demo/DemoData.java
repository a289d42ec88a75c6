package io.ticketflow.demo;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerTier;
import io.ticketflow.dispatch.DispatchDirectory;
import io.ticketflow.dispatch.StationKind;
import io.ticketflow.settlement.PartnerKind;
import io.ticketflow.settlement.Partners;
import io.ticketflow.security.Groups;
import io.ticketflow.security.Roles;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TicketService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo: the teams the routing tables name, service stations in the East and North, field engineers with
 * skills, duty and capacity, one user per role (password {@value #PASSWORD}), and a few tickets from different
 * channels and places; partners the company pays (installers and a service team with their engineers, a franchise,
 * a store and a dealer) with this month's sales. Runs only with the {@code demo} profile and only adds what is missing.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Service teams: name, region served (null: national), whether dispatch assigns directly. */
    private record DemoTeam(String id, String name, String region, boolean direct) {
    }

    private static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("support-l1", "First-line support", null, false),
            new DemoTeam("vip-care", "VIP care", null, false),
            new DemoTeam("key-accounts", "Key accounts", null, false),
            new DemoTeam("complaints", "Complaints", null, false),
            new DemoTeam("repair-east", "Repair — East region", "EAST", true),
            new DemoTeam("repair-north", "Repair — North region", "NORTH", true),
            new DemoTeam("repair-national", "Repair — national pool", null, false),
            new DemoTeam("repair-senior", "Repair — senior engineers", null, true),
            new DemoTeam("installation", "Installation", null, true),
            new DemoTeam("returns", "Returns and refunds", null, false),
            new DemoTeam("billing", "Billing", null, false),
            new DemoTeam("presales", "Pre-sales consulting", null, false));

    /** Regional managers: groups that receive second-level escalations, not dispatch teams. */
    private static final Map<String, String> MANAGER_GROUPS = Map.of(
            "managers-east", "Regional managers — East",
            "managers-north", "Regional managers — North",
            "managers-south", "Regional managers — South",
            "managers-west", "Regional managers — West");

    private record DemoStation(String code, String name, String region, StationKind kind, double latitude,
            double longitude) {
    }

    private static final List<DemoStation> STATIONS = List.of(
            new DemoStation("SH-PUDONG", "Shanghai Pudong station", "EAST", StationKind.STATION, 31.2215, 121.5447),
            new DemoStation("SH-MINHANG", "Shanghai Minhang station", "EAST", StationKind.STATION, 31.1129, 121.3817),
            new DemoStation("HZ-XIHU", "Hangzhou Xihu station", "EAST", StationKind.STATION, 30.2590, 120.1300),
            new DemoStation("NJ-GULOU", "Nanjing Gulou station", "EAST", StationKind.STATION, 32.0663, 118.7790),
            new DemoStation("BJ-CHAOYANG", "Beijing Chaoyang station", "NORTH", StationKind.STATION, 39.9219,
                    116.4436),
            new DemoStation("KS-WAREHOUSE", "East China parts warehouse, Kunshan", "EAST", StationKind.WAREHOUSE,
                    31.3856, 120.9807));

    private record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("alice", "Alice", "Agent", List.of(Roles.AGENT, "support-l1", "key-accounts")),
            new DemoUser("bob", "Bob", "Agent", List.of(Roles.AGENT, "vip-care", "complaints")),
            new DemoUser("carol", "Carol", "Agent", List.of(Roles.AGENT, "repair-national", "returns", "billing",
                    "presales")),
            new DemoUser("eric", "Eric", "Engineer", List.of(Roles.AGENT, "repair-east", "installation")),
            new DemoUser("erin", "Erin", "Engineer", List.of(Roles.AGENT, "repair-east")),
            new DemoUser("emma", "Emma", "Engineer", List.of(Roles.AGENT, "repair-east")),
            new DemoUser("evan", "Evan", "Engineer", List.of(Roles.AGENT, "repair-east", "installation")),
            new DemoUser("nora", "Nora", "Engineer", List.of(Roles.AGENT, "repair-north")),
            new DemoUser("victor", "Victor", "Senior engineer", List.of(Roles.AGENT, "repair-senior")),
            new DemoUser("sam", "Sam", "Supervisor", List.of(Roles.SUPERVISOR, "support-l1", "vip-care",
                    "key-accounts", "complaints", "repair-east", "repair-north", "repair-national", "repair-senior",
                    "installation", "returns", "billing", "presales")),
            new DemoUser("maya", "Maya", "Manager", List.of(Roles.SUPERVISOR, "managers-east", "managers-north",
                    "managers-south", "managers-west")),
            new DemoUser("ann", "Ann", "Analyst", List.of(Roles.ANALYST)),
            new DemoUser("ivan", "Ivan", "Integrator", List.of(Roles.INTEGRATOR)));

    /** Field engineers' dispatch profiles: region, home station, on duty, capacity, skills. */
    private record DemoEngineer(String id, String region, String station, boolean onDuty, int capacity,
            Set<String> skills) {
    }

    private static final List<DemoEngineer> ENGINEERS = List.of(
            new DemoEngineer("eric", "EAST", "SH-PUDONG", true, 4, Set.of("repair", "installation")),
            new DemoEngineer("erin", "EAST", "HZ-XIHU", true, 3, Set.of("repair")),
            new DemoEngineer("emma", "EAST", "SH-MINHANG", false, 4, Set.of("repair")),
            new DemoEngineer("evan", "EAST", "NJ-GULOU", true, 2, Set.of("installation")),
            new DemoEngineer("nora", "NORTH", "BJ-CHAOYANG", true, 4, Set.of("repair")),
            new DemoEngineer("victor", null, "SH-PUDONG", true, 3, Set.of("repair", "senior")));

    /** Partners the company pays: installers and a service team (their engineers), and partners paid on sales. */
    private record DemoPartner(String code, String name, PartnerKind kind, List<String> members) {
    }

    private static final List<DemoPartner> PARTNERS = List.of(
            new DemoPartner("PUDONG-INSTALL", "Pudong Installation Co.", PartnerKind.INSTALLER,
                    List.of("eric", "evan")),
            new DemoPartner("HANGZHOU-SERVICE", "Hangzhou Service Team", PartnerKind.SERVICE_TEAM, List.of("erin")),
            new DemoPartner("SUZHOU-FRANCHISE", "Suzhou franchise store", PartnerKind.FRANCHISE, List.of()),
            new DemoPartner("NANJING-STORE", "Nanjing flagship store", PartnerKind.DIRECT_STORE, List.of()),
            new DemoPartner("JIANGSU-DEALER", "Jiangsu appliance dealer", PartnerKind.DEALER, List.of()));

    /** This month's sales per partner: the franchise crosses 800,000, the dealer 500,000. */
    private static final Map<String, List<String>> SALES = Map.of(
            "SUZHOU-FRANCHISE", List.of("420000.00", "380000.00", "60000.00"),
            "NANJING-STORE", List.of("150000.00", "110000.00"),
            "JIANGSU-DEALER", List.of("350000.00", "270000.00"));

    private final IdentityService identityService;
    private final DispatchDirectory dispatch;
    private final Partners partners;
    private final TicketService tickets;
    private final Clock clock;

    DemoData(IdentityService identityService, DispatchDirectory dispatch, Partners partners, TicketService tickets,
            Clock clock) {
        this.identityService = identityService;
        this.dispatch = dispatch;
        this.partners = partners;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        TEAMS.forEach(t -> dispatch.saveTeam(t.id(), t.name(), t.region(), t.direct()));
        MANAGER_GROUPS.forEach((id, name) -> Groups.ensure(identityService, id, name, Roles.TEAM_GROUP_TYPE));
        STATIONS.forEach(s -> dispatch.saveStation(s.code(), s.name(), s.region(), s.kind(), s.latitude(),
                s.longitude()));
        USERS.forEach(this::ensureUser);
        ENGINEERS.forEach(e -> dispatch.saveAgent(e.id(), e.region(), e.station(), e.onDuty(), e.capacity(),
                e.skills()));
        PARTNERS.forEach(p -> partners.save(p.code(), p.name(), p.kind(), "EAST", p.members()));
        seedSales();
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

    /** Idempotent: each sale has a reference, and a reference already recorded is skipped. */
    private void seedSales() {
        LocalDate firstOfMonth = LocalDate.now(clock.withZone(SHANGHAI)).withDayOfMonth(1);
        SALES.forEach((partner, amounts) -> {
            for (int i = 0; i < amounts.size(); i++) {
                partners.recordSale(partner, "DEMO-" + YearMonth.from(firstOfMonth) + "-" + (i + 1),
                        firstOfMonth.plusDays(i), new BigDecimal(amounts.get(i)));
            }
        });
    }

    private void seedTickets() {
        tickets.create(new NewTicket(Channel.WECHAT, "REPAIR", "Washing machine stops mid-cycle",
                "The WM-800 stops after ten minutes and shows error E21.", null, "EAST", 30.2741, 120.1551,
                new CustomerDetails("Li Wei", "+86 138 0000 0001", "li.wei@example.com", CustomerTier.STANDARD)),
                "ivan");
        tickets.create(new NewTicket(Channel.WEB, "REPAIR", "Air conditioner leaks water",
                "Indoor unit drips onto the floor since yesterday.", null, "EAST", 31.1085, 121.3790,
                new CustomerDetails("Zhao Lei", "+86 137 0000 0005", "zhao.lei@example.com", CustomerTier.STANDARD)),
                "ivan");
        tickets.create(new NewTicket(Channel.MINI_PROGRAM, "REPAIR", "Fridge not cooling",
                "The RF-500 is warm inside; food is spoiling.", null, "EAST", 31.2304, 121.4737,
                new CustomerDetails("Sun Yue", "+86 136 0000 0006", "sun.yue@example.com", CustomerTier.VIP)),
                "ivan");
        tickets.create(new NewTicket(Channel.PHONE, "COMPLAINT", "Technician missed the appointment twice",
                "Customer waited at home on two days; nobody came.", null, "NORTH", null, null,
                new CustomerDetails("Zhang Min", "+86 139 0000 0002", "zhang.min@example.com", CustomerTier.VIP)),
                "sam");
        tickets.create(new NewTicket(Channel.WEB, "BILLING", "Invoice shows the wrong address",
                "Please correct the billing address on invoice 2026-1180.", null, "SOUTH", null, null,
                new CustomerDetails("Chen Jing", null, "chen.jing@example.com", CustomerTier.STANDARD)),
                "ivan");
        tickets.create(new NewTicket(Channel.EMAIL, "GENERAL", "How do I register my warranty?",
                "I bought a fridge last week and cannot find the warranty form.", null, "EAST", null, null,
                new CustomerDetails("Wang Fang", null, "wang.fang@example.com", CustomerTier.STANDARD)),
                "ivan");
    }
}
