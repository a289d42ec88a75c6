package io.ticketflow.journey;

/** What the journeys table looks at. A JavaBean because table conditions read bean properties. */
public class JourneyFacts {

    private final String category;
    private final String template;
    private final String channel;
    private final String customerTier;

    public JourneyFacts(String category, String template, String channel, String customerTier) {
        this.category = category;
        this.template = template;
        this.channel = channel;
        this.customerTier = customerTier;
    }

    public String getCategory() {
        return category;
    }

    public String getTemplate() {
        return template;
    }

    public String getChannel() {
        return channel;
    }

    public String getCustomerTier() {
        return customerTier;
    }

    @Override
    public String toString() {
        return "category=" + category + ", template=" + template + ", channel=" + channel + ", customerTier="
                + customerTier;
    }
}
