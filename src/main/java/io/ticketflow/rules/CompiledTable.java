package io.ticketflow.rules;

import org.kie.api.KieBase;

/**
 * A decision table ready to evaluate: its decision name, where it came from, the DRL it generated (shown to analysts
 * when a row misbehaves) and its rule base, built once and shared by all evaluations.
 */
public record CompiledTable(String decision, String resourceName, String drl, int ruleCount, KieBase kieBase) {
}
