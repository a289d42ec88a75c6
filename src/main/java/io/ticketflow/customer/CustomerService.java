package io.ticketflow.customer;

import io.ticketflow.system.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the customer a channel describes, or records a new one. Matching is by e-mail first (case-insensitive),
 * then by phone, so one person's tickets from different channels land on one customer.
 */
@Service
public class CustomerService {

    private final CustomerMapper customers;
    private final Clock clock;

    CustomerService(CustomerMapper customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional
    public Customer findOrCreate(CustomerDetails details) {
        CustomerDetails normalized = new CustomerDetails(details.name().strip(), blankToNull(details.phone()),
                details.email() == null || details.email().isBlank() ? null
                        : details.email().strip().toLowerCase(Locale.ROOT),
                details.tier(), details.lifetimeValue());
        Optional<Customer> existing = Optional.ofNullable(normalized.email())
                .flatMap(customers::findFirstCustomerByEmail)
                .or(() -> Optional.ofNullable(normalized.phone()).flatMap(customers::findFirstCustomerByPhone));
        if (existing.isPresent()) {
            long id = existing.get().getId();
            customers.fillMissingContactDetails(id, normalized.phone(), normalized.email(), normalized.tier(),
                    normalized.lifetimeValue(), clock.instant());
            return get(id);
        }
        Customer created = new Customer(normalized, clock.instant());
        customers.insertCustomer(created);
        return created;
    }

    public Customer get(long id) {
        return customers.findCustomerById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    public Map<Long, Customer> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Customer> found = customers.findCustomersByIds(ids);
        return found.stream().collect(Collectors.toMap(Customer::getId, Function.identity()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
