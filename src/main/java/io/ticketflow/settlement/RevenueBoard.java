package io.ticketflow.settlement;

import io.ticketflow.notification.MessageTemplates;
import io.ticketflow.notification.NotificationOutbox;
import io.ticketflow.notification.Recipient;
import io.ticketflow.notification.Recipients;
import io.ticketflow.security.Roles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation service revenue board: accepted jobs and revenue (before tax) per installer, team, region,
 * service type, station or partner for a month, ranked; and alerts for stations whose return-visit or parts-loss
 * rate passes its threshold.
 */
@Service
public class RevenueBoard {

    /** What the board groups by, and the column of the settled jobs it reads. */
    public enum Dimension {
        INSTALLER("engineer"), TEAM("team"), REGION("region"), SERVICE_TYPE("service_type"), STATION("station"),
        PARTNER("partner_code");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** A station over a threshold in a month. */
    public record StationAlert(String station, String measure, int jobs, int count, BigDecimal rate,
            BigDecimal threshold) {
    }

    static final String ALERT_KIND = "SETTLEMENT_ALERT";

    private final SettlementMapper mapper;
    private final SettlementSettings settings;
    private final Recipients recipients;
    private final MessageTemplates templates;
    private final NotificationOutbox outbox;

    RevenueBoard(SettlementMapper mapper, SettlementSettings settings, Recipients recipients,
            MessageTemplates templates, NotificationOutbox outbox) {
        this.mapper = mapper;
        this.settings = settings;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
    }

    public List<RevenueRow> revenue(YearMonth period, Dimension by) {
        List<RevenueSum> sums = mapper.revenue(by.column, start(period), start(period.plusMonths(1)));
        List<RevenueRow> rows = new ArrayList<>();
        for (RevenueSum sum : sums) {
            rows.add(new RevenueRow(sum.name(), sum.jobs(), Money.round(sum.revenue()),
                    sum.revenue().divide(BigDecimal.valueOf(sum.jobs()), Money.SCALE, Money.ROUNDING),
                    rows.size() + 1));
        }
        return rows;
    }

    public List<StationAlert> alerts(YearMonth period) {
        List<StationAlert> alerts = new ArrayList<>();
        for (StationRates rates : mapper.stationRates(start(period), start(period.plusMonths(1)))) {
            if (rates.jobs() < settings.alertMinimumJobs()) {
                continue;
            }
            check(alerts, rates, "return visits", rates.returnVisits(), settings.returnVisitAlertRate());
            check(alerts, rates, "parts lost", rates.partsLost(), settings.partsLossAlertRate());
        }
        return alerts;
    }

    /** Tells the supervisors of each station alert of the month, once per station, measure and month. */
    @Transactional
    public List<StationAlert> tellSupervisors(YearMonth period) {
        List<StationAlert> alerts = alerts(period);
        for (StationAlert alert : alerts) {
            for (Recipient person : recipients.resolve(List.of(Roles.SUPERVISOR), null, null)) {
                outbox.enqueue(ALERT_KIND + ":" + period + ":" + alert.station() + ":" + alert.measure() + ":"
                        + person.userId(), ALERT_KIND, null, person, templates.render("settlement-alert",
                                person.language(), Map.of(
                                "recipientName", person.userId(),
                                "station", alert.station(),
                                "measure", alert.measure(),
                                "period", period.toString(),
                                "count", String.valueOf(alert.count()),
                                "jobs", String.valueOf(alert.jobs()),
                                "rate", percent(alert.rate()),
                                "threshold", percent(alert.threshold()))));
            }
        }
        return alerts;
    }

    private static void check(List<StationAlert> alerts, StationRates rates, String measure, int count,
            BigDecimal threshold) {
        BigDecimal rate = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(rates.jobs()), 4, RoundingMode.HALF_UP);
        if (rate.compareTo(threshold) > 0) {
            alerts.add(new StationAlert(rates.station(), measure, rates.jobs(), count, rate, threshold));
        }
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(Money.HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private Instant start(YearMonth period) {
        return period.atDay(1).atStartOfDay(settings.zone()).toInstant();
    }
}
