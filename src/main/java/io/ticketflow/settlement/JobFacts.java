package io.ticketflow.settlement;

import java.math.BigDecimal;

/**
 * What the per-job settlement tables look at: the partner's kind, the service type and complexity, the surcharge
 * circumstances, and where the job was. A JavaBean because table conditions read bean properties.
 */
public class JobFacts {

    private final String partnerKind;
    private final String serviceType;
    private final String complexity;
    private final boolean highAltitude;
    private final boolean nightVisit;
    private final boolean urgent;
    private final boolean remoteArea;
    private final BigDecimal partsCost;
    private final String region;
    private final String city;

    public JobFacts(String partnerKind, String serviceType, String complexity, boolean highAltitude,
            boolean nightVisit, boolean urgent, boolean remoteArea, BigDecimal partsCost, String region, String city) {
        this.partnerKind = partnerKind;
        this.serviceType = serviceType;
        this.complexity = complexity;
        this.highAltitude = highAltitude;
        this.nightVisit = nightVisit;
        this.urgent = urgent;
        this.remoteArea = remoteArea;
        this.partsCost = partsCost == null ? BigDecimal.ZERO : partsCost;
        this.region = region;
        this.city = city == null ? "" : city;
    }

    public String getPartnerKind() {
        return partnerKind;
    }

    public String getServiceType() {
        return serviceType;
    }

    public String getComplexity() {
        return complexity;
    }

    public boolean isHighAltitude() {
        return highAltitude;
    }

    public boolean isNightVisit() {
        return nightVisit;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isRemoteArea() {
        return remoteArea;
    }

    /** Whether the engineer supplied parts (their cost earns the parts margin). */
    public boolean isWithParts() {
        return partsCost.signum() > 0;
    }

    public BigDecimal getPartsCost() {
        return partsCost;
    }

    public String getRegion() {
        return region;
    }

    public String getCity() {
        return city;
    }

    @Override
    public String toString() {
        return "partnerKind=" + partnerKind + ", serviceType=" + serviceType + ", complexity=" + complexity
                + ", highAltitude=" + highAltitude + ", nightVisit=" + nightVisit + ", urgent=" + urgent
                + ", remoteArea=" + remoteArea + ", partsCost=" + partsCost + ", region=" + region + ", city=" + city;
    }
}
