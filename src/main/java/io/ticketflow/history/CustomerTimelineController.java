package io.ticketflow.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customers", description = "One customer across channels; orders and sales opportunities integrators push")
class CustomerTimelineController {

    private final CustomerHistory history;

    CustomerTimelineController(CustomerHistory history) {
        this.history = history;
    }

    @GetMapping("/api/customers/{id}/timeline")
    @Operation(summary = "The customer's tickets, orders, opportunities and messages added to open tickets, in time "
            + "order")
    List<CustomerHistory.Entry> timeline(@PathVariable long id) {
        return history.timeline(id);
    }
}
