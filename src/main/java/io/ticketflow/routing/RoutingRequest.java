package io.ticketflow.routing;

/**
 * What the routing table looks at. A JavaBean because decision-table conditions read bean properties
 * ({@code category == "REPAIR"}).
 */
public class RoutingRequest {

    private final String category;
    private final String channel;
    private final String customerTier;
    private final String region;

    public RoutingRequest(String category, String channel, String customerTier, String region) {
        this.category = category;
        this.channel = channel;
        this.customerTier = customerTier;
        this.region = region;
    }

    public String getCategory() {
        return category;
    }

    public String getChannel() {
        return channel;
    }

    public String getCustomerTier() {
        return customerTier;
    }

    public String getRegion() {
        return region;
    }

    @Override
    public String toString() {
        return "category=" + category + ", channel=" + channel + ", customerTier=" + customerTier + ", region=" + region;
    }
}
