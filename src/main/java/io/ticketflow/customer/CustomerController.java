package io.ticketflow.customer;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.system.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Customers", description = "One customer across channels; orders and sales opportunities integrators push")
class CustomerController {

    static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9_./-]{0,63}";

    private final CustomerService customers;
    private final CustomerRecords records;
    private final CustomerAccess access;

    CustomerController(CustomerService customers, CustomerRecords records, CustomerAccess access) {
        this.customers = customers;
        this.records = records;
        this.access = access;
    }

    record CustomerView(Customer customer, List<CustomerIdentity> identities) {
    }

    record MergeRequest(
            @NotNull @Schema(description = "The duplicate record; it is merged into this one") Long customerId) {
    }

    record OrderInput(@NotNull @Valid CustomerInput customer, @NotBlank @Size(max = 40) @PlainText String source,
            @NotBlank @Size(max = 30) @PlainText String status,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
            @Size(max = 500) @PlainText(multiLine = true) String summary, @NotNull Instant orderedAt) {
    }

    record OpportunityInput(@NotNull @Valid CustomerInput customer, @NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 40) @PlainText String stage, @NotNull OpportunityStatus status,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount, LocalDate expectedClose) {
    }

    @GetMapping("/api/customers/{id}")
    @Operation(summary = "A customer with every way they are recognised (e-mail, phone, channel ids); only when at "
            + "least one of their tickets is visible to the caller (else 404)")
    CustomerView get(@PathVariable long id) {
        return new CustomerView(visibleCustomer(id), customers.identities(id));
    }

    /**
     * The customer, if the caller may see them (a merged record as its survivor, which took its tickets); 404
     * otherwise, as for an id that does not exist.
     */
    private Customer visibleCustomer(long id) {
        Customer customer = customers.get(id);
        if (!access.maySee(customer.getMergedInto() != null ? customer.getMergedInto() : id)) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }

    @PostMapping("/api/customers/{id}/merge")
    @Operation(summary = "Merge a duplicate record into this customer: tickets, orders, opportunities and identities "
            + "follow; the duplicate stays as a pointer")
    CustomerView merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        visibleCustomer(id);
        visibleCustomer(request.customerId());
        Customer merged = customers.merge(id, request.customerId(), CurrentUser.get().userId());
        return new CustomerView(merged, customers.identities(id));
    }

    @PutMapping("/api/orders/{orderNumber}")
    @Operation(summary = "Create or update an order (integrators); tickets naming its number link to it")
    Order saveOrder(@PathVariable @Pattern(regexp = REFERENCE) String orderNumber,
            @Valid @RequestBody OrderInput input) {
        return records.saveOrder(orderNumber, input.customer().toDetails(), input.source(), input.status(),
                input.amount(), input.currency(), input.summary(), input.orderedAt());
    }

    @GetMapping("/api/orders/{orderNumber}")
    @Operation(summary = "An order, when its customer is visible to the caller (else 404)")
    Order order(@PathVariable @Pattern(regexp = REFERENCE) String orderNumber) {
        Order order = records.order(orderNumber);
        if (!access.maySee(order.customerId())) {
            throw new NotFoundException("Order", orderNumber);
        }
        return order;
    }

    @PutMapping("/api/opportunities/{externalId}")
    @Operation(summary = "Create or update a sales opportunity (integrators); a customer's open one is linked to "
            + "their new tickets")
    Opportunity saveOpportunity(@PathVariable @Pattern(regexp = REFERENCE) String externalId,
            @Valid @RequestBody OpportunityInput input) {
        return records.saveOpportunity(externalId, input.customer().toDetails(), input.title(), input.stage(),
                input.status(), input.amount(), input.expectedClose());
    }
}
