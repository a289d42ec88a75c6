package io.ticketflow.settlement;

import java.math.BigDecimal;

/** A region's currency and tax rate (a fraction: 0.06 = 6 %), and which entry of the regions file gave them. */
public record RegionFinance(String currency, BigDecimal taxRate, String file, String version, String entry) {
}
