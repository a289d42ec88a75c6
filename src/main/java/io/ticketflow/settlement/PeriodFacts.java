package io.ticketflow.settlement;

import java.math.BigDecimal;

/**
 * What the monthly settlement table looks at: the partner's kind and region, the month's reported sales and the
 * number of jobs settled in the month. A JavaBean because table conditions read bean properties.
 */
public class PeriodFacts {

    private final String partnerKind;
    private final String region;
    private final BigDecimal volume;
    private final int jobs;

    public PeriodFacts(String partnerKind, String region, BigDecimal volume, int jobs) {
        this.partnerKind = partnerKind;
        this.region = region;
        this.volume = volume;
        this.jobs = jobs;
    }

    public String getPartnerKind() {
        return partnerKind;
    }

    public String getRegion() {
        return region;
    }

    public BigDecimal getVolume() {
        return volume;
    }

    public int getJobs() {
        return jobs;
    }

    @Override
    public String toString() {
        return "partnerKind=" + partnerKind + ", region=" + region + ", volume=" + volume + ", jobs=" + jobs;
    }
}
