package io.ticketflow.sla;

/**
 * What the SLA policy table looks at. A JavaBean because table conditions read bean properties. {@code step} is
 * {@value #TICKET} for the ticket's own first-response and resolution targets, or the kind of a journey step
 * (a department, an approval level: the {@code stepKind} property of its user task) for that step's own target.
 */
public class SlaRequest {

    /** The step of a request for the ticket's own targets. */
    public static final String TICKET = "TICKET";

    private final String step;
    private final String priority;
    private final String channel;
    private final String customerTier;
    private final String category;
    private final String region;

    public SlaRequest(String priority, String channel, String customerTier, String category, String region) {
        this(TICKET, priority, channel, customerTier, category, region);
    }

    public SlaRequest(String step, String priority, String channel, String customerTier, String category,
            String region) {
        this.step = step;
        this.priority = priority;
        this.channel = channel;
        this.customerTier = customerTier;
        this.category = category;
        this.region = region;
    }

    public String getStep() {
        return step;
    }

    public boolean isForTicket() {
        return TICKET.equals(step);
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
        return "step=" + step + ", priority=" + priority + ", channel=" + channel + ", customerTier=" + customerTier + ", category="
                + category + ", region=" + region;
    }
}
