package io.ticketflow.settlement;

/**
 * What a settlement line is: per job the base price, surcharges, the regional coefficient and tax; per month the
 * base fee, commission, bonus, rebate and tax; and corrections.
 */
public enum LineComponent {
    BASE, SURCHARGE, COEFFICIENT, BASE_FEE, COMMISSION, BONUS, REBATE, ADJUSTMENT, TAX
}
