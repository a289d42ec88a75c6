package io.ticketflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysts' examples for {@code rules/transfer-policy.drl.csv}. */
class TransferPolicyTest {

    private static TransferPolicy policy;

    @BeforeAll
    static void compileTheRealTable() {
        policy = new TransferPolicy(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "cross-region {0}, national {1}, by {2} → allowed {3} (row \"{4}\")")
    @CsvSource({
            "false, false, AGENT,      true,  Within the customer's region",
            "false, false, SUPERVISOR, true,  Within the customer's region",
            "false, true,  AGENT,      true,  To a national team",
            "true,  false, SUPERVISOR, true,  Supervisors across regions",
            "true,  false, AGENT,      false, Agents across regions"})
    void judgesEachKindOfMove(boolean crossRegion, boolean toNational, String role, boolean allowed, String row) {
        TransferPolicy.Verdict verdict = policy.judge(new TransferFacts(crossRegion, toNational, role));

        assertThat(verdict.allowed()).isEqualTo(allowed);
        assertThat(verdict.rule().row()).isEqualTo(row);
        assertThat(verdict.rule().said()).startsWith(allowed ? "allowed: " : "refused: ");
    }

    @Test
    void everyRowFires() throws IOException {
        Set<String> fired = new HashSet<>();
        for (boolean cross : new boolean[] {false, true}) {
            for (boolean national : new boolean[] {false, true}) {
                for (String role : new String[] {"AGENT", "SUPERVISOR"}) {
                    fired.add(policy.judge(new TransferFacts(cross, national, role)).rule().row());
                }
            }
        }

        assertThat(fired)
                .containsExactlyInAnyOrderElementsOf(TableRows.names(Path.of("rules/transfer-policy.drl.csv")));
    }
}
