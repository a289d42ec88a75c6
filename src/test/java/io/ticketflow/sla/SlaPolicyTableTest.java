package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.notification.Recipients;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.sla.calendar.CalendarKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The analysts' examples for {@code rules/sla-policy.drl.csv}, run against the real table. */
class SlaPolicyTableTest {

    private static final Path TABLE = Path.of("rules/sla-policy.drl.csv");
    private static final Path EXAMPLES = Path.of("src/test/resources/sla/sla-policy-examples.csv");
    private static SlaPolicies policies;

    @BeforeAll
    static void compileTheRealTable() {
        policies = new SlaPolicies(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} → row \"{5}\": {6}/{7} in {8}")
    @CsvFileSource(files = "src/test/resources/sla/sla-policy-examples.csv", numLinesToSkip = 2)
    void givesEachExampleTheTargetsOfTheFirstMatchingRow(String priority, String channel, String tier,
            String category, String region, String expectedRow, String firstResponse, String resolution,
            CalendarKind calendar) {
        SlaPolicy policy = policies.policyFor(new SlaRequest(priority, channel, tier, category, region));

        assertThat(policy.row()).isEqualTo(expectedRow);
        assertThat(policy.firstResponse()).isEqualTo(Duration.parse(firstResponse));
        assertThat(policy.resolution()).isEqualTo(Duration.parse(resolution));
        assertThat(policy.calendar()).isEqualTo(calendar);
        assertThat(policy.table()).isEqualTo("sla-policy");
        assertThat(policy.version()).hasSize(12);
    }

    @Test
    void everyRowFiresInAtLeastOneExampleAndHoldsUsableValues() throws IOException {
        Set<String> rowsFired = new HashSet<>();
        for (String example : Files.readAllLines(EXAMPLES).stream().skip(2).filter(l -> !l.isBlank()).toList()) {
            String[] cells = example.split(",");
            SlaPolicy policy = policies.policyFor(new SlaRequest(cells[0], cells[1], cells[2], cells[3], cells[4]));
            rowsFired.add(policy.row());
            assertThat(policy.firstResponse()).isLessThanOrEqualTo(policy.resolution());
            assertThat(policy.warnAfter(SlaTarget.FIRST_RESPONSE)).isLessThan(policy.firstResponse());
            assertThat(policy.levelOneRecipients()).isNotEmpty();
            assertThat(policy.levelTwoRecipients()).isNotEmpty();
        }

        assertThat(rowsFired).containsExactlyInAnyOrderElementsOf(TableRows.names(TABLE));
    }

    @Test
    void warnsAtThreeQuartersOfTheTarget() {
        SlaPolicy vip = policies.policyFor(new SlaRequest("NORMAL", "WEB", "VIP", "REPAIR", "EAST"));

        assertThat(vip.warnAfter(SlaTarget.FIRST_RESPONSE)).isEqualTo(Duration.ofMinutes(45));
        assertThat(vip.warnAfter(SlaTarget.RESOLUTION)).isEqualTo(Duration.ofHours(12));
        assertThat(vip.levelOneRecipients()).containsExactly(Recipients.TEAM_SUPERVISORS);
        assertThat(vip.levelTwoRecipients()).containsExactly("managers-{region}");
        assertThat(vip.reason()).matches("sla-policy table v[0-9a-f]{12}, row \"VIP\"");
    }
}
