package io.ticketflow.intake;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The device models the company services, each with its maintenance manual. */
@Service
public class DeviceModels {

    private final IntakeMapper mapper;
    private final Clock clock;

    DeviceModels(IntakeMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public DeviceModel save(String model, String name, String manualUrl) {
        DeviceModel device = new DeviceModel(model, name, manualUrl, clock.instant());
        if (mapper.updateDeviceModel(device) == 0) {
            mapper.insertDeviceModel(device);
        }
        return device;
    }

    public Optional<DeviceModel> find(String model) {
        return mapper.findDeviceModel(model);
    }
}
