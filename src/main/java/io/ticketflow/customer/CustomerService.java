package io.ticketflow.customer;

import io.ticketflow.system.ConflictException;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the customer a channel describes, or records a new one: one customer across channels, recognised by channel
 * identity, e-mail (case-insensitive) or phone. Agents merge two records of the same person.
 */
@Service
public class CustomerService {

    private final CustomerMapper customers;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CustomerService(CustomerMapper customers, ApplicationEventPublisher publisher, Clock clock) {
        this.customers = customers;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public Customer findOrCreate(CustomerDetails details) {
        return findOrCreate(details, null);
    }

    /**
     * The customer a channel describes, recognised by their channel identity (when given), else their e-mail, else
     * their phone; a new one otherwise. Every way they were recognised by is remembered for next time.
     */
    @Transactional
    public Customer findOrCreate(CustomerDetails details, ChannelIdentity identity) {
        return findOrCreate(details, identity, true);
    }

    /**
     * As {@link #findOrCreate(CustomerDetails, ChannelIdentity)}; from a channel where anyone may claim any address
     * (the public web form, e-mail) {@code learn} is false: a customer recognised by one detail is then not given
     * the others the message names — else whoever knows a customer's phone number could add their own e-mail
     * address to that customer and receive the customer's messages and status links.
     */
    @Transactional
    public Customer findOrCreate(CustomerDetails details, ChannelIdentity identity, boolean learn) {
        CustomerDetails normalized = new CustomerDetails(details.name().strip(), blankToNull(details.phone()),
                details.email() == null || details.email().isBlank() ? null
                        : details.email().strip().toLowerCase(Locale.ROOT),
                details.tier(), details.lifetimeValue());
        Optional<Customer> existing = Optional.ofNullable(identity)
                .flatMap(i -> customers.findCustomerByIdentity(IdentityKind.CHANNEL, i.channel(), i.externalId()))
                .or(() -> Optional.ofNullable(normalized.email()).flatMap(email -> customers.findCustomerByIdentity(
                        IdentityKind.EMAIL, CustomerIdentity.ANY_CHANNEL, email)))
                .or(() -> Optional.ofNullable(normalized.phone()).flatMap(phone -> customers.findCustomerByIdentity(
                        IdentityKind.PHONE, CustomerIdentity.ANY_CHANNEL, phone)));
        long id;
        if (existing.isPresent() && !learn) {
            return get(existing.get().getId());
        }
        if (existing.isPresent()) {
            id = existing.get().getId();
            customers.fillMissingContactDetails(id, normalized.phone(), normalized.email(), normalized.tier(),
                    normalized.lifetimeValue(), clock.instant());
        } else {
            Customer created = new Customer(normalized, clock.instant());
            customers.insertCustomer(created);
            id = created.getId();
        }
        remember(id, IdentityKind.EMAIL, CustomerIdentity.ANY_CHANNEL, normalized.email());
        remember(id, IdentityKind.PHONE, CustomerIdentity.ANY_CHANNEL, normalized.phone());
        if (identity != null) {
            remember(id, IdentityKind.CHANNEL, identity.channel(), identity.externalId());
        }
        return get(id);
    }

    /** An identity is remembered for the first customer who showed it; another customer with it keeps theirs. */
    private void remember(long customerId, IdentityKind kind, String channel, String externalId) {
        if (externalId == null || customers.existsIdentity(kind, channel, externalId)) {
            return;
        }
        try {
            customers.insertIdentity(customerId, kind, channel, externalId, clock.instant());
        } catch (DuplicateKeyException rememberedMeanwhile) {
            // another intake recognised the same identity at the same moment; theirs stands
        }
    }

    /** The language the customer wrote or browsed in ({@code zh} or {@code en}), for the messages they get. */
    @Transactional
    public void rememberLanguage(long customerId, String language) {
        if ("zh".equals(language) || "en".equals(language)) {
            customers.updateLanguage(customerId, language);
        }
    }

    public List<CustomerIdentity> identities(long customerId) {
        return customers.findIdentities(customerId);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}: identities, orders, opportunities and (through
     * {@link CustomersMerged}) tickets follow; the merged customer stays as a pointer to the survivor.
     */
    @Transactional
    public Customer merge(long survivorId, long mergedId, String actor) {
        if (survivorId == mergedId) {
            throw new InvalidFieldException("customerId", "a customer cannot be merged into themselves");
        }
        Customer survivor = get(survivorId);
        Customer merged = get(mergedId);
        if (survivor.getMergedInto() != null || merged.getMergedInto() != null) {
            throw new ConflictException("Customer " + (survivor.getMergedInto() != null ? survivorId : mergedId)
                    + " was already merged into another customer");
        }
        customers.moveIdentities(mergedId, survivorId);
        customers.moveOrders(mergedId, survivorId);
        customers.moveOpportunities(mergedId, survivorId);
        customers.fillMissingContactDetails(survivorId, merged.getPhone(), merged.getEmail(), null,
                merged.getLifetimeValue(), clock.instant());
        customers.markMerged(mergedId, survivorId, clock.instant());
        publisher.publishEvent(new CustomersMerged(mergedId, survivorId, actor));
        return get(survivorId);
    }

    /** The customer known by this phone number, as a caller on the hotline is recognised. */
    public Optional<Customer> findByPhone(String phone) {
        return phone == null || phone.isBlank() ? Optional.empty()
                : customers.findCustomerByIdentity(IdentityKind.PHONE, CustomerIdentity.ANY_CHANNEL, phone.strip());
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
