package io.ticketflow.settlement;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settlement settings ({@code ticketflow.settlement.*}).
 *
 * @param zone the time zone in which service days and months are counted
 * @param returnVisitAlertRate a station whose share of jobs needing a return visit passes this (0.15 = 15 %)
 *        raises an alert
 * @param partsLossAlertRate the same for jobs that lost parts
 * @param alertMinimumJobs stations with fewer jobs in the month raise no alert (too few to judge)
 */
@ConfigurationProperties("ticketflow.settlement")
public record SettlementSettings(@DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("0.15") BigDecimal returnVisitAlertRate, @DefaultValue("0.05") BigDecimal partsLossAlertRate,
        @DefaultValue("5") int alertMinimumJobs) {
}
