package io.ticketflow.customer;

import java.time.Instant;

/** A customer row. Fields are set by MyBatis. */
public class Customer {

    private Long id;
    private String name;
    private String phone;
    private String email;
    private CustomerTier tier;
    private Long lifetimeValue;
    private Long mergedInto;
    private Instant createdAt;
    private Instant updatedAt;
    private String language;

    Customer() {
    }

    Customer(CustomerDetails details, Instant now) {
        this.name = details.name();
        this.phone = details.phone();
        this.email = details.email();
        this.tier = details.tier() != null ? details.tier() : CustomerTier.STANDARD;
        this.lifetimeValue = details.lifetimeValue();
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

    /** What the customer has spent with the company in whole currency units; null when unknown. */
    public Long getLifetimeValue() {
        return lifetimeValue;
    }

    /** The customer this one was merged into; null for a live customer. */
    public Long getMergedInto() {
        return mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The language the customer reads ({@code zh}, {@code en}), or null when not known (Chinese is used). */
    public String getLanguage() {
        return language;
    }
}
