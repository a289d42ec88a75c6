package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerTier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new ticket as a client sends it. */
record CreateTicketRequest(
        @NotNull Channel channel,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code such as REPAIR")
        @Schema(example = "REPAIR") String category,
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "Leave out to let the routing table decide; a higher value than the table's wins")
        Priority priority,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code such as EAST")
        @Schema(example = "EAST") String region,
        @NotNull @Valid CustomerInput customer) {

    /** The customer who raised the ticket: a name and at least one of e-mail and phone. */
    record CustomerInput(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "must be a phone number") String phone,
            @Size(max = 320) @Email String email,
            CustomerTier tier) {

        @AssertTrue(message = "give an e-mail address or a phone number")
        @Schema(hidden = true)
        boolean isContactable() {
            return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
        }

        CustomerDetails toDetails() {
            return new CustomerDetails(name, phone, email, tier);
        }
    }

    NewTicket toNewTicket() {
        return new NewTicket(channel, category, subject.strip(), description, priority, region,
                customer.toDetails());
    }
}
