package io.ticketflow.demo;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerRecords;
import io.ticketflow.customer.CustomerTier;
import io.ticketflow.customer.OpportunityStatus;
import io.ticketflow.dispatch.DispatchDirectory;
import io.ticketflow.dispatch.StationKind;
import io.ticketflow.intake.DeviceModels;
import io.ticketflow.intake.FieldDefinition;
import io.ticketflow.intake.FieldType;
import io.ticketflow.intake.TemplateBook;
import io.ticketflow.intake.TicketIntake;
import io.ticketflow.security.Groups;
import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.Recipients;
import io.ticketflow.security.Roles;
import io.ticketflow.settlement.PartnerKind;
import io.ticketflow.settlement.Partners;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TicketService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
public class DemoData implements ApplicationRunner {

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
            new DemoTeam("presales", "Pre-sales consulting", null, false),
            new DemoTeam("warehouse", "Warehouse", null, false),
            new DemoTeam("logistics", "Logistics", null, false),
            new DemoTeam("finance", "Finance", null, false),
            new DemoTeam("technical-director", "Technical director (approvals above 50,000)", null, false),
            new DemoTeam("general-manager", "General manager (approvals above 200,000)", null, false));

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
                    "installation", "returns", "billing", "presales", "warehouse", "logistics", "finance")),
            new DemoUser("wanda", "Wanda", "Warehouse", List.of(Roles.AGENT, "warehouse")),
            new DemoUser("leo", "Leo", "Logistics", List.of(Roles.AGENT, "logistics")),
            new DemoUser("fay", "Fay", "Finance", List.of(Roles.AGENT, "finance")),
            new DemoUser("tina", "Tina", "Technical director", List.of(Roles.AGENT, "technical-director")),
            new DemoUser("gary", "Gary", "General manager", List.of(Roles.SUPERVISOR, "general-manager",
                    "technical-director")),
            new DemoUser("maya", "Maya", "Manager", List.of(Roles.SUPERVISOR, "managers-east", "managers-north",
                    "managers-south", "managers-west")),
            new DemoUser("ann", "Ann", "Analyst", List.of(Roles.ANALYST)),
            new DemoUser("ivan", "Ivan", "Integrator", List.of(Roles.INTEGRATOR)));

    /** A demo user as the login page lists them: the user id and what they do. */
    public record DemoLogin(String id, String role) {
    }

    /** The demo users, for the login page (the demo profile only). */
    public List<DemoLogin> logins() {
        return USERS.stream().map(user -> new DemoLogin(user.id(), user.lastName() + " · "
                + String.join(", ", user.groups()))).toList();
    }

    /** Staff who read their notifications in Chinese (the user info Recipients reads); the others read English. */
    private static final Set<String> CHINESE_READERS = Set.of("sam", "maya", "wanda", "leo", "fay");

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
    private final DemoSteps steps;
    private final DemoMaintenance maintenance;
    private final DispatchDirectory dispatch;
    private final Partners partners;
    private final TemplateBook templates;
    private final DeviceModels devices;
    private final CustomerRecords records;
    private final TicketService tickets;
    private final TicketIntake intake;
    private final Clock clock;

    DemoData(IdentityService identityService, DemoSteps steps, DemoMaintenance maintenance, DispatchDirectory dispatch,
            Partners partners, TemplateBook templates, DeviceModels devices, CustomerRecords records,
            TicketService tickets, TicketIntake intake, Clock clock) {
        this.identityService = identityService;
        this.steps = steps;
        this.maintenance = maintenance;
        this.dispatch = dispatch;
        this.partners = partners;
        this.templates = templates;
        this.devices = devices;
        this.records = records;
        this.tickets = tickets;
        this.intake = intake;
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
        seedTemplates();
        seedCustomerRecords();
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
        if (CHINESE_READERS.contains(demo.id())) {
            identityService.setUserInfo(demo.id(), Recipients.LANGUAGE_INFO, MessageTemplates.CHINESE);
        }
        demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
    }

    /** The seeds' scenario templates, created once (later edits are the analysts' versions). */
    private void seedTemplates() {
        devices.save("WM-800", "Front-loading washing machine WM-800",
                "https://support.ticketflow.example/manuals/wm-800.pdf");
        devices.save("RF-500", "Refrigerator RF-500", "https://support.ticketflow.example/manuals/rf-500.pdf");
        devices.save("AC-2000", "Wall-mounted air conditioner AC-2000",
                "https://support.ticketflow.example/manuals/ac-2000.pdf");
        if (templates.all().isEmpty()) {
            templates.save("ecommerce-return", "E-commerce return", "RETURN", List.of(
                    field("orderNumber", "Order number", FieldType.ORDER_NUMBER, true, List.of()),
                    field("issueType", "What is wrong", FieldType.ENUM, true,
                            List.of("DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED", "NO_LONGER_WANTED")),
                    field("photos", "Photos", FieldType.ATTACHMENT, false, List.of())), "first version", "demo");
            templates.save("course-complaint", "Course complaint", "COURSE", List.of(
                    field("course", "Course", FieldType.TEXT, true, List.of()),
                    field("teacher", "Teacher", FieldType.TEXT, true, List.of()),
                    field("problemDate", "When the problem happened", FieldType.DATE, true, List.of())),
                    "first version", "demo");
            templates.save("equipment-repair", "Equipment repair", "REPAIR", List.of(
                    field("deviceModel", "Device model", FieldType.DEVICE_MODEL, true, List.of()),
                    field("serialNumber", "Serial number", FieldType.SERIAL_NUMBER, true, List.of()),
                    field("symptom", "What happens", FieldType.TEXT, false, List.of())), "first version", "demo");
        }
    }

    private static FieldDefinition field(String name, String label, FieldType type, boolean required,
            List<String> options) {
        return new FieldDefinition(name, label, type, required, options, null, null, null, null, null);
    }

    /** Orders and an open sales opportunity the shop and the CRM pushed; pushing them again updates them. */
    private void seedCustomerRecords() {
        LocalDate firstOfMonth = LocalDate.now(clock.withZone(SHANGHAI)).withDayOfMonth(1);
        Instant ordered = firstOfMonth.atStartOfDay(SHANGHAI).toInstant();
        records.saveOrder("JD-1001", new CustomerDetails("Chen Jing", null, "chen.jing@example.com", null), "JD.com",
                "DELIVERED", new BigDecimal("3299.00"), "CNY", "Washing machine WM-800", ordered);
        records.saveOrder("JD-1002", new CustomerDetails("Chen Jing", null, "chen.jing@example.com", null), "JD.com",
                "DELIVERED", new BigDecimal("199.00"), "CNY", "Detergent, 6 bottles", ordered.plusSeconds(3600));
        records.saveOpportunity("OPP-2001", new CustomerDetails("Zhang Min", "+86 139 0000 0002",
                "zhang.min@example.com", null), "Central air conditioning for a new flat", "PROPOSAL",
                OpportunityStatus.OPEN, new BigDecimal("45000.00"), firstOfMonth.plusMonths(1));
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
        seedJourneys();
    }

    /**
     * One ticket per journey the README walks through: a dealer's test-drive inquiry (pre-sales), an appliance
     * installation, a complaint the owner has triaged to all three departments, a complaint whose 60,000 refund
     * waits for the technical director, and the maintenance journeys (a due air conditioner's offer, a car's 60,000
     * gearbox quote waiting for the technical director).
     */
    private void seedJourneys() {
        records.saveOpportunity("OPP-3001", new CustomerDetails("Liu Yang", "+86 135 0000 0007",
                "liu.yang@example.com", null), "SUV X5 for the family", "test drive", OpportunityStatus.OPEN,
                new BigDecimal("289000.00"), LocalDate.now(clock.withZone(SHANGHAI)).plusWeeks(2));
        // Through intake, like any channel's ticket: it links the customer's open opportunity, OPP-3001.
        intake.submit(new TicketIntake.Submission(Channel.WECOM, "PRESALES", null,
                "Test drive of the SUV X5 this Saturday?",
                "Saw the X5 at the Pudong showroom; can I test drive it on Saturday morning?", null, "EAST", null,
                null, new CustomerDetails("Liu Yang", "+86 135 0000 0007", "liu.yang@example.com",
                        CustomerTier.STANDARD), null, null, null, "ivan", null));
        tickets.create(new NewTicket(Channel.WEB, "INSTALLATION", "Install the new AC-300 air conditioner",
                "Delivered yesterday; please install it in the living room.", null, "EAST", 31.2200, 121.5440,
                new CustomerDetails("Xu Ming", "+86 134 0000 0008", "xu.ming@example.com", CustomerTier.STANDARD)),
                "ivan");
        Ticket damaged = tickets.create(new NewTicket(Channel.WEB, "COMPLAINT",
                "Parcel arrived crushed and half the order is missing",
                "Order JD-1001: the box was crushed, the drum is dented and the accessories are missing.", null,
                "EAST", null, null, new CustomerDetails("Chen Jing", null, "chen.jing@example.com",
                        CustomerTier.STANDARD)), "ivan");
        triage(damaged, Map.of("needsWarehouse", true, "needsLogistics", true, "needsFinance", true,
                "refundAmount", 3000L));
        Ticket refund = tickets.create(new NewTicket(Channel.PHONE, "COMPLAINT",
                "Wrong kitchen installed; wants a full refund",
                "The installed kitchen is not the model ordered; the customer wants the 60,000 back.", null, "EAST",
                null, null, new CustomerDetails("He Na", "+86 133 0000 0009", "he.na@example.com",
                        CustomerTier.STANDARD)), "ivan");
        triage(refund, Map.of("needsWarehouse", false, "needsLogistics", false, "needsFinance", true,
                "refundAmount", 60_000L));
        maintenance.seed();
    }

    /** Bob, of the complaints team, triages a complaint: the departments it needs start at once. */
    private void triage(Ticket complaint, Map<String, Object> answers) {
        steps.complete(complaint.getProcessInstanceId(), "bob", List.of(Roles.AGENT, "complaints"), answers);
    }
}
