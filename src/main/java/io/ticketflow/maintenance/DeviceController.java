package io.ticketflow.maintenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.customer.CustomerAccess;
import io.ticketflow.customer.CustomerInput;
import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.KnownRegion;
import io.ticketflow.system.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Devices customers bought: integrators register them (with the customer, as for orders); staff who may see the
 * customer read them, each with its next maintenance by the maintenance plan table.
 */
@RestController
@Validated
@Tag(name = "Devices", description = "The devices customers bought, and when each is due for maintenance")
class DeviceController {

    /** The earliest purchase a device may have: older dates are typing mistakes (and some databases refuse them). */
    static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);
    static final String SERIAL = "[A-Za-z0-9][A-Za-z0-9_./-]{0,63}";

    private final Devices devices;
    private final CustomerAccess access;
    private final MaintenanceSettings settings;
    private final Clock clock;

    DeviceController(Devices devices, CustomerAccess access, MaintenanceSettings settings, Clock clock) {
        this.devices = devices;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    record DeviceInput(@NotNull @Valid CustomerInput customer,
            @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9_.-]{0,63}", message = "must be a product model code such as "
                    + "AC-300") String productModel,
            @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case region code such as EAST")
            @KnownRegion @Schema(description = "Where the device is; leave out for the customer's region")
            String region,
            @NotNull @Schema(description = "Not after today where the business is (ticketflow.maintenance.zone)")
            LocalDate purchasedOn,
            @Schema(description = "Leave out when it was never serviced; not before purchasedOn nor after today; a "
                    + "later last service already recorded (by a maintenance visit) is kept")
            LocalDate lastServiceOn) {

        /**
         * The dates against today where the business is — the day a maintenance visit's report records as the last
         * service — not the server's own date; each field at fault named.
         */
        void checkDates(LocalDate today) {
            List<FieldError> errors = new ArrayList<>();
            if (purchasedOn.isAfter(today)) {
                errors.add(new FieldError("purchasedOn", "must not be after today (" + today + ")"));
            } else if (purchasedOn.isBefore(FIRST_DAY)) {
                errors.add(new FieldError("purchasedOn", "must not be before " + FIRST_DAY));
            }
            if (lastServiceOn != null && lastServiceOn.isAfter(today)) {
                errors.add(new FieldError("lastServiceOn", "must not be after today (" + today + ")"));
            } else if (lastServiceOn != null && lastServiceOn.isBefore(purchasedOn)) {
                errors.add(new FieldError("lastServiceOn", "cannot be before purchasedOn"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidFieldException(errors);
            }
        }
    }

    record NextMaintenance(LocalDate dueOn, LocalDate offeredFrom, String rule) {
    }

    record DeviceView(String serialNumber, long customerId, String productModel, String region,
            LocalDate purchasedOn, LocalDate lastServiceOn,
            @Schema(description = "By the maintenance plan table; absent when the model needs no maintenance")
            NextMaintenance nextMaintenance,
            @Schema(description = "The latest due date a maintenance ticket was opened for")
            LocalDate lastOfferedDueOn) {
    }

    @PutMapping("/api/devices/{serialNumber}")
    @Operation(summary = "Register or update a device a customer bought (integrators); a device keeps its customer "
            + "(409 for another one)")
    DeviceView save(@PathVariable @Pattern(regexp = SERIAL) String serialNumber,
            @Valid @RequestBody DeviceInput input) {
        input.checkDates(settings.today(clock));
        return view(devices.save(serialNumber, input.customer().toDetails(), input.productModel(), input.region(),
                input.purchasedOn(), input.lastServiceOn()));
    }

    @GetMapping("/api/devices/{serialNumber}")
    @Operation(summary = "A device and its next maintenance, when its customer is visible to the caller (else 404)")
    DeviceView get(@PathVariable @Pattern(regexp = SERIAL) String serialNumber) {
        Device device = devices.get(serialNumber);
        if (!access.maySee(device.customerId())) {
            throw new NotFoundException("Device", serialNumber);
        }
        return view(device);
    }

    @GetMapping("/api/customers/{id}/devices")
    @Operation(summary = "A customer's devices, when the customer is visible to the caller (else 404)")
    List<DeviceView> ofCustomer(@PathVariable long id) {
        if (!access.maySee(id)) {
            throw new NotFoundException("Customer", id);
        }
        return devices.ofCustomer(id).stream().map(this::view).toList();
    }

    private DeviceView view(Device device) {
        return new DeviceView(device.serialNumber(), device.customerId(), device.productModel(), device.region(),
                device.purchasedOn(), device.lastServiceOn(), devices.nextMaintenance(device)
                .map(due -> new NextMaintenance(due.dueOn(), due.offerFrom(), due.rule())).orElse(null),
                device.lastOfferedDueOn());
    }
}
