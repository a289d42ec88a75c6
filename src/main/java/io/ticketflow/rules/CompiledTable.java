package io.ticketflow.rules;

import org.kie.api.KieBase;

/**
 * A decision table ready to evaluate: its decision name, where it came from, its version (the first 12 hex digits of
 * the file's SHA-256, so a record of which table decided never depends on a counter), the DRL it generated (shown to
 * analysts when a row misbehaves) and its rule base, built once and shared by all evaluations.
 */
public record CompiledTable(String decision, String resourceName, String version, String drl, int ruleCount,
        KieBase kieBase) {
}
