package io.ticketflow.presales;

import io.ticketflow.system.KnownRegion;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The after-sales ticket a won opportunity starts: its business type (which the journeys table and routing read:
 * delivery and installation onboarding, a first-service appointment) and the region it is served in when the
 * customer has no ticket yet to take it from.
 */
@Validated
@ConfigurationProperties("ticketflow.after-sales")
public record AfterSalesSettings(@DefaultValue("INSTALLATION") @NotBlank String category,
        @DefaultValue("EAST") @KnownRegion String defaultRegion) {
}
