package io.ticketflow.journey;

import java.math.BigDecimal;

/** What the approval levels table looks at. A JavaBean because table conditions read bean properties. */
public class ApprovalFacts {

    private final String type;
    private final BigDecimal amount;

    public ApprovalFacts(String type, BigDecimal amount) {
        this.type = type;
        this.amount = amount;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public String toString() {
        return "type=" + type + ", amount=" + amount.toPlainString();
    }
}
