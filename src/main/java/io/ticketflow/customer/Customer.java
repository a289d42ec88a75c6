package io.ticketflow.customer;

import java.time.Instant;

/** A customer row. Fields are set by MyBatis. */
public class Customer {

    private Long id;
    private String name;
    private String phone;
    private String email;
    private CustomerTier tier;
    private Instant createdAt;
    private Instant updatedAt;

    Customer() {
    }

    Customer(CustomerDetails details, Instant now) {
        this.name = details.name();
        this.phone = details.phone();
        this.email = details.email();
        this.tier = details.tier() != null ? details.tier() : CustomerTier.STANDARD;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
