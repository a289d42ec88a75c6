package io.ticketflow.process;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the BPMN files live ({@code ticketflow.processes-dir}) and the lifecycle's tunable times.
 */
@ConfigurationProperties("ticketflow")
public record ProcessSettings(Path processesDir, @DefaultValue Lifecycle lifecycle) {

    /** @param autoCloseAfter how long a resolved ticket waits for the customer's answer before it closes. */
    public record Lifecycle(@DefaultValue("P7D") Duration autoCloseAfter) {
    }
}
