package io.ticketflow.demo;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.CustomerTier;
import io.ticketflow.maintenance.Devices;
import io.ticketflow.maintenance.MaintenanceRun;
import io.ticketflow.maintenance.MaintenanceSettings;
import io.ticketflow.security.Roles;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.IntakeLinks;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The devices a dealer and an appliance brand registered, today's maintenance run (one air conditioner is due, a
 * water heater is not), and a car's maintenance visit where the engineer found a 60,000 gearbox repair that now
 * waits for the technical director.
 */
@Component
@Profile("demo")
class DemoMaintenance {

    static final String DUE_AC = "AC300-SH-0417";
    static final String CAR = "CARX5-SH-0088";

    private final Devices devices;
    private final MaintenanceRun run;
    private final MaintenanceSettings settings;
    private final CustomerService customers;
    private final TicketService tickets;
    private final DemoSteps steps;
    private final Clock clock;

    DemoMaintenance(Devices devices, MaintenanceRun run, MaintenanceSettings settings, CustomerService customers,
            TicketService tickets, DemoSteps steps, Clock clock) {
        this.devices = devices;
        this.run = run;
        this.settings = settings;
        this.customers = customers;
        this.tickets = tickets;
        this.steps = steps;
        this.clock = clock;
    }

    void seed() {
        LocalDate today = settings.today(clock);
        devices.save(DUE_AC, new CustomerDetails("Zhao Lei", "+86 132 0000 0010", "zhao.lei@example.com",
                CustomerTier.STANDARD), "AC-300", "EAST", today.minusMonths(13), null);
        devices.save("WH50-SH-1201", new CustomerDetails("Xu Ming", "+86 134 0000 0008", "xu.ming@example.com",
                CustomerTier.STANDARD), "WH-50", "EAST", today.minusMonths(3), null);
        CustomerDetails driver = new CustomerDetails("Zhou Qiang", "+86 131 0000 0011", "zhou.qiang@example.com",
                CustomerTier.STANDARD);
        devices.save(CAR, driver, "CAR-SUV-X5", "EAST", today.minusMonths(20), today.minusMonths(2));
        for (Long after = 0L; after != null; ) {
            after = run.openTickets(today, after).nextAfter();
        }
        quoteGearbox(driver, today);
    }

    /** The car's visit: appointment, check-in, and a quote above the technical director's threshold. */
    private void quoteGearbox(CustomerDetails driver, LocalDate today) {
        Ticket visit = tickets.create(new NewTicket(Channel.PHONE, settings.visitCategory(),
                "Gearbox grinds when shifting: CAR-SUV-X5 " + CAR,
                "The customer hears grinding from the gearbox between second and third gear.", null, "EAST",
                31.2200, 121.5440, driver), customers.findOrCreate(driver), "ivan",
                new IntakeLinks(null, null, null, null, CAR), null);
        String process = visit.getProcessInstanceId();
        List<String> engineer = List.of(Roles.AGENT, "repair-east");
        Date tomorrowTen = Date.from(ZonedDateTime.of(today.plusDays(1).atTime(10, 0), settings.zone()).toInstant());
        steps.complete(process, "eric", engineer, Map.of("appointmentAt", tomorrowTen,
                "appointmentNote", "At the Pudong showroom workshop"));
        steps.complete(process, "eric", engineer, Map.of("visit", "QUOTE", "checkInLocation", "31.22,121.54"));
        steps.complete(process, "eric", engineer, Map.of("repairQuote", 60_000L,
                "quoteNote", "Replace the gearbox: worn synchronisers on second and third gear"));
    }
}
