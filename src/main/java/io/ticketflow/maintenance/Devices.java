package io.ticketflow.maintenance;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.customer.CustomersMerged;
import io.ticketflow.settlement.ServiceReported;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The devices customers bought, as integrators register them. A device keeps its customer (a different customer
 * for a known serial number is a conflict: merge the customers if they are one person); a maintenance visit's work
 * report makes the visit's day the device's last service, so its next maintenance counts from there.
 */
@Service
public class Devices {

    /** The service type of a work report that counts as the device's maintenance. */
    static final String MAINTENANCE = "MAINTENANCE";

    private final DeviceMapper mapper;
    private final CustomerService customers;
    private final MaintenancePlan plan;
    private final MaintenanceSettings settings;
    private final Clock clock;

    Devices(DeviceMapper mapper, CustomerService customers, MaintenancePlan plan, MaintenanceSettings settings,
            Clock clock) {
        this.mapper = mapper;
        this.customers = customers;
        this.plan = plan;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Registers a device or updates it (same customer only). Serial numbers are kept in capitals (one device however
     * a channel spells it); an update keeps a later last service than the one it brings (a visit's report recorded it).
     */
    @Transactional
    public Device save(String serial, CustomerDetails owner, String productModel, String region,
            LocalDate purchasedOn, LocalDate lastServiceOn) {
        String serialNumber = normal(serial);
        Customer customer = customers.findOrCreate(owner);
        Optional<Device> known = mapper.findBySerial(serialNumber);
        if (known.isPresent()) {
            if (known.get().customerId() != customer.getId()) {
                throw new ConflictException("Device " + serialNumber + " belongs to another customer; a device keeps "
                        + "its customer (merge the customers if they are one person)");
            }
            mapper.update(serialNumber, productModel, region, purchasedOn, lastServiceOn, clock.instant());
        } else {
            mapper.insert(serialNumber, customer.getId(), productModel, region, purchasedOn, lastServiceOn,
                    clock.instant());
        }
        return get(serialNumber);
    }

    /** The device, or 404. */
    public Device get(String serialNumber) {
        return mapper.findBySerial(normal(serialNumber)).orElseThrow(() -> new NotFoundException("Device",
                serialNumber));
    }

    /** The customer's devices; 404 for a customer that does not exist. */
    public List<Device> ofCustomer(long customerId) {
        customers.get(customerId);
        return mapper.findOfCustomer(customerId);
    }

    private static String normal(String serialNumber) {
        return serialNumber.toUpperCase(Locale.ROOT);
    }

    /** The device's next maintenance by today's plan, or empty when its model needs none. */
    public Optional<MaintenancePlan.Due> nextMaintenance(Device device) {
        return plan.dueOf(device.productModel(), device.purchasedOn(), device.lastServiceOn());
    }

    @EventListener
    void onServiceReported(ServiceReported reported) {
        if (MAINTENANCE.equals(reported.serviceType())) {
            mapper.markServiced(reported.ticketId(), settings.visitCategory(), settings.today(clock), clock.instant());
        }
    }

    @EventListener
    void onCustomersMerged(CustomersMerged merged) {
        mapper.moveDevices(merged.mergedId(), merged.survivorId());
    }
}
