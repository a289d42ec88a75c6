package io.ticketflow.customer;

import io.swagger.v3.oas.annotations.media.Schema;
import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A customer as an API request describes them: a name and at least one of e-mail and phone; tier and lifetime value
 * when the integrator knows them.
 */
public record CustomerInput(
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "must be a phone number") String phone,
        @Size(max = 320) @Email String email,
        CustomerTier tier,
        @PositiveOrZero @Schema(description = "What the customer has spent, in whole currency units")
        Long lifetimeValue) {

    @AssertTrue(message = "give an e-mail address or a phone number")
    @Schema(hidden = true)
    public boolean isContactable() {
        return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
    }

    public CustomerDetails toDetails() {
        return new CustomerDetails(name, phone, email, tier, lifetimeValue);
    }
}
