package io.ticketflow.intake;

import io.ticketflow.customer.CustomerInput;
import io.ticketflow.system.KnownRegion;
import io.ticketflow.system.PlainText;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Priority;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A new ticket as an agent (phone hotline) or an integrator (API) sends it, with the scenario template's fields when
 * its category has a template.
 */
record CreateTicketRequest(
        @NotNull Channel channel,
        @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code such as REPAIR")
        @Schema(example = "REPAIR", description = "Leave out to take the channel's default (channel-defaults table)")
        String category,
        @NotBlank @Size(max = 200) @PlainText String subject,
        @NotBlank @Size(max = 4000) @PlainText(multiLine = true) String description,
        @Schema(description = "The urgency the customer stated, if any; an input of the routing urgency table, which "
                + "decides the ticket's priority")
        Priority priority,
        @NotBlank @Size(max = 40) @KnownRegion
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code such as EAST")
        @Schema(example = "EAST") String region,
        @Valid @Schema(description = "Where on-site work is to be done; on-site tickets go to the nearest engineer")
        Location location,
        @NotNull @Valid CustomerInput customer,
        @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "must be a template code such as ecommerce-return")
        @Schema(description = "The scenario template; leave out to use the category's") String template,
        @Size(max = 50) @Schema(description = "The template's fields by name, e.g. {\"orderNumber\": \"JD-1001\"}")
        Map<String, Object> fields,
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,63}", message = "must be a process key such as Complaint")
        @Schema(description = "The journey (process key) to start; leave out to let the journeys table choose. Only "
                + "journeys the table names are allowed", example = "TicketLifecycleProcess") String journey) {

    /** A place in WGS 84 decimal degrees, e.g. the customer's address as the integrator geocoded it. */
    record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "30.2741") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "120.1551") Double longitude) {
    }

    TicketIntake.Submission toSubmission(String actor) {
        return new TicketIntake.Submission(channel, category, template, subject.strip(), description, priority,
                region, location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                customer.toDetails(), null, fields, null, actor, journey);
    }
}
