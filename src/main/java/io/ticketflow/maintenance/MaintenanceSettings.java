package io.ticketflow.maintenance;

import io.ticketflow.system.KnownRegion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ticketflow.maintenance}: the business type of the offer ticket the daily run opens and of the visit an
 * accepted offer becomes (the journeys and routing tables take it from there), the region of a device that names
 * none and whose customer has no ticket, how many devices one transaction of the run looks at, and the time zone
 * whose date "today" is.
 */
@Validated
@ConfigurationProperties("ticketflow.maintenance")
public record MaintenanceSettings(
        @DefaultValue("MAINTENANCE_OFFER") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String offerCategory,
        @DefaultValue("MAINTENANCE") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]*") String visitCategory,
        @DefaultValue("EAST") @KnownRegion String defaultRegion,
        @DefaultValue("200") @Min(1) @Max(5000) int batchSize,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {

    /** Today's date where the business is. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
