package io.ticketflow.sla;

/** What the SLA policy table looks at. A JavaBean because table conditions read bean properties. */
public class SlaRequest {

    private final String priority;
    private final String channel;
    private final String customerTier;
    private final String category;
    private final String region;

    public SlaRequest(String priority, String channel, String customerTier, String category, String region) {
        this.priority = priority;
        this.channel = channel;
        this.customerTier = customerTier;
        this.category = category;
        this.region = region;
    }

    public String getPriority() {
        return priority;
    }

    public String getChannel() {
        return channel;
    }

    public String getCustomerTier() {
        return customerTier;
    }

    public String getCategory() {
        return category;
    }

    public String getRegion() {
        return region;
    }

    @Override
    public String toString() {
        return "priority=" + priority + ", channel=" + channel + ", customerTier=" + customerTier + ", category="
                + category + ", region=" + region;
    }
}
