package io.ticketflow.routing;

/**
 * What the routing tables look at: the ticket's business type, channel and stated urgency, the customer's value and
 * region, and — for the later tables — what the earlier ones decided (service line, service level). A JavaBean
 * because table conditions read bean properties ({@code category == "REPAIR"}); immutable, each level adds its
 * answer through a {@code with…} copy.
 */
public class RoutingFacts {

    /** The stated urgency when the customer stated none. */
    public static final String NO_STATED_URGENCY = "NONE";

    private final String category;
    private final String channel;
    private final String statedUrgency;
    private final String customerTier;
    private final long lifetimeValue;
    private final String region;
    private final String serviceLine;
    private final String serviceLevel;

    public RoutingFacts(String category, String channel, String statedUrgency, String customerTier,
            long lifetimeValue, String region) {
        this(category, channel, statedUrgency, customerTier, lifetimeValue, region, null, null);
    }

    private RoutingFacts(String category, String channel, String statedUrgency, String customerTier,
            long lifetimeValue, String region, String serviceLine, String serviceLevel) {
        this.category = category;
        this.channel = channel;
        this.statedUrgency = statedUrgency == null ? NO_STATED_URGENCY : statedUrgency;
        this.customerTier = customerTier;
        this.lifetimeValue = lifetimeValue;
        this.region = region;
        this.serviceLine = serviceLine;
        this.serviceLevel = serviceLevel;
    }

    RoutingFacts withServiceLine(String decided) {
        return new RoutingFacts(category, channel, statedUrgency, customerTier, lifetimeValue, region, decided,
                serviceLevel);
    }

    RoutingFacts withServiceLevel(String decided) {
        return new RoutingFacts(category, channel, statedUrgency, customerTier, lifetimeValue, region, serviceLine,
                decided);
    }

    public String getCategory() {
        return category;
    }

    public String getChannel() {
        return channel;
    }

    public String getStatedUrgency() {
        return statedUrgency;
    }

    public String getCustomerTier() {
        return customerTier;
    }

    /** What the customer has spent with the company, in whole currency units (0 when unknown). */
    public long getLifetimeValue() {
        return lifetimeValue;
    }

    public String getRegion() {
        return region;
    }

    public String getServiceLine() {
        return serviceLine;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    @Override
    public String toString() {
        return "category=" + category + ", channel=" + channel + ", statedUrgency=" + statedUrgency
                + ", customerTier=" + customerTier + ", lifetimeValue=" + lifetimeValue + ", region=" + region
                + (serviceLine != null ? ", serviceLine=" + serviceLine : "")
                + (serviceLevel != null ? ", serviceLevel=" + serviceLevel : "");
    }
}
