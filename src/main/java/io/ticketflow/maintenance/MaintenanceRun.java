package io.ticketflow.maintenance;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.IntakeLinks;
import io.ticketflow.ticket.NewTicket;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketActors;
import io.ticketflow.ticket.TicketEventType;
import io.ticketflow.ticket.TicketScope;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily maintenance run, one batch at a time: every device the maintenance plan says is due (or offered from)
 * on the run's day gets one offer ticket of the offer business type — which the journeys table sends down the
 * maintenance offer journey — for the device's customer, in the device's region (else their last ticket's, else the
 * default). One ticket per device and due date, however often the run runs and on however many nodes: the
 * {@code tf_maintenance_ticket} key is claimed before the ticket is opened, in the same transaction.
 */
@Service
public class MaintenanceRun {

    private final DeviceMapper devices;
    private final MaintenancePlan plan;
    private final TicketService tickets;
    private final CustomerService customers;
    private final MaintenanceSettings settings;
    private final Clock clock;

    MaintenanceRun(DeviceMapper devices, MaintenancePlan plan, TicketService tickets, CustomerService customers,
            MaintenanceSettings settings, Clock clock) {
        this.devices = devices;
        this.plan = plan;
        this.tickets = tickets;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Looks at the devices after {@code afterDeviceId} (id order, one batch) and opens the tickets due on
     * {@code day}. Returns where the next batch starts, or none when this was the last.
     */
    @Transactional
    public Batch openTickets(LocalDate day, long afterDeviceId) {
        List<Device> batch = devices.page(afterDeviceId, settings.batchSize());
        int opened = 0;
        for (Device device : batch) {
            Optional<MaintenancePlan.Due> due = plan.dueOf(device.productModel(), device.purchasedOn(),
                    device.lastServiceOn()).filter(d -> d.offeredOn(day));
            boolean offeredAlready = due.isPresent() && device.lastOfferedDueOn() != null
                    && !device.lastOfferedDueOn().isBefore(due.get().dueOn());
            if (due.isPresent() && !offeredAlready && open(device, due.get())) {
                opened++;
            }
        }
        Long next = batch.size() < settings.batchSize() ? null : batch.get(batch.size() - 1).id();
        return new Batch(next, opened);
    }

    private boolean open(Device device, MaintenancePlan.Due due) {
        try {
            devices.claim(device.id(), due.dueOn(), clock.instant());
        } catch (DuplicateKeyException openedByAnotherRun) {
            return false;
        }
        Customer customer = customers.get(device.customerId());
        String region = device.region() != null ? device.region() : tickets.ofCustomer(customer.getId(), 1,
                TicketScope.everything()).stream().map(Ticket::getRegion).findFirst()
                .orElse(settings.defaultRegion());
        Ticket ticket = tickets.create(new NewTicket(Channel.API, settings.offerCategory(),
                "Maintenance due: " + device.productModel() + " " + device.serialNumber(),
                "The " + device.productModel() + " (serial " + device.serialNumber() + ") bought on "
                + device.purchasedOn() + (device.lastServiceOn() != null ? ", last serviced on "
                + device.lastServiceOn() : ", never serviced") + ", is due for maintenance on " + due.dueOn()
                + ". Offer the customer a visit.", null, region, null, null, null), customer, TicketActors.SYSTEM,
                new IntakeLinks(null, null, null, null, device.serialNumber()), null);
        devices.complete(device.id(), due.dueOn(), ticket.getId());
        tickets.recordSystemEvent(ticket.getId(), TicketEventType.MAINTENANCE_DUE, device.productModel() + " "
                + device.serialNumber() + " due on " + due.dueOn() + " (" + due.rule() + ")");
        return true;
    }

    /** Where the next batch starts (null: the run is done) and how many tickets this batch opened. */
    public record Batch(Long nextAfter, int opened) {
    }
}
