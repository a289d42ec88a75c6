package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.customer.CustomerTier;
import io.ticketflow.notification.Recipients;
import io.ticketflow.routing.RoutingFacts;
import io.ticketflow.routing.TicketRouter;
import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.sla.calendar.CalendarKind;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Set<String> STEP_ROWS = Set.of("Warehouse step", "Logistics step", "Finance step",
            "Approval step");
    private static SlaPolicies policies;

    @BeforeAll
    static void compileTheRealTable() {
        policies = new SlaPolicies(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} → row \"{6}\": {7}/{8} in {9}")
    @CsvFileSource(files = "src/test/resources/sla/sla-policy-examples.csv", numLinesToSkip = 3)
    void givesEachExampleTheTargetsOfTheFirstMatchingRow(String step, String priority, String channel, String tier,
            String category, String region, String expectedRow, String firstResponse, String resolution,
            CalendarKind calendar) {
        SlaPolicy policy = policies.policyFor(new SlaRequest(step, priority, channel, tier, category, region));

        assertThat(policy.row()).isEqualTo(expectedRow);
        assertThat(policy.firstResponse()).isEqualTo("-".equals(firstResponse) ? null : Duration.parse(firstResponse));
        assertThat(policy.resolution()).isEqualTo(Duration.parse(resolution));
        assertThat(policy.calendar()).isEqualTo(calendar);
        assertThat(policy.table()).isEqualTo("sla-policy");
        assertThat(policy.version()).hasSize(12);
    }

    @Test
    void everyRowFiresInAtLeastOneExampleAndHoldsUsableValues() throws IOException {
        Set<String> rowsFired = new HashSet<>();
        for (String example : Files.readAllLines(EXAMPLES).stream().skip(3).filter(l -> !l.isBlank()).toList()) {
            String[] cells = example.split(",");
            SlaRequest request = new SlaRequest(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
            SlaPolicy policy = policies.policyFor(request);
            rowsFired.add(policy.row());
            if (request.isForTicket()) {
                assertThat(policy.firstResponse()).isLessThanOrEqualTo(policy.resolution());
                assertThat(policy.warnAfter(SlaTarget.FIRST_RESPONSE)).isLessThan(policy.firstResponse());
            }
            assertThat(policy.warnAfter(SlaTarget.RESOLUTION)).isLessThan(policy.resolution());
            assertThat(policy.levelOneRecipients()).isNotEmpty();
            assertThat(policy.levelTwoRecipients()).isNotEmpty();
        }

        assertThat(rowsFired).containsExactlyInAnyOrderElementsOf(TableRows.names(TABLE));
    }

    /**
     * Examples can name combinations no ticket ever has: every ticket row must fire for some ticket that intake and
     * routing can really produce — any channel, stated urgency, customer tier, business type and region, with the
     * priority the routing urgency table gives it (the hotline makes every phone ticket URGENT, so a row for phone
     * tickets below "Urgent" would never fire). The last row, with no condition, is the net for a channel or
     * priority added later and may stay unreached.
     */
    @Test
    void everyTicketRowFiresForSomeTicketRoutingCanProduce() throws IOException {
        TicketRouter router = new TicketRouter(new DecisionTables(new RulesSettings(Path.of("rules"))));
        List<String> urgencies = new ArrayList<>(Arrays.stream(Priority.values()).map(Priority::name).toList());
        urgencies.add(null);
        Set<String> fired = new HashSet<>();
        for (Channel channel : Channel.values()) {
            for (String urgency : urgencies) {
                for (CustomerTier tier : CustomerTier.values()) {
                    for (String category : List.of("REPAIR", "INSTALLATION", "RETURN", "BILLING", "COMPLAINT",
                            "PRESALES", "GENERAL")) {
                        for (String region : List.of("EAST", "NORTH", "SOUTH", "WEST")) {
                            Priority priority = router.route(new RoutingFacts(category, channel.name(), urgency,
                                    tier.name(), 0, region)).priority();
                            fired.add(policies.policyFor(new SlaRequest(priority.name(), channel.name(),
                                    tier.name(), category, region)).row());
                        }
                    }
                }
            }
        }
        List<String> ticketRows = TableRows.names(TABLE).stream()
                .filter(row -> !STEP_ROWS.contains(row)).toList();

        assertThat(fired).containsAll(ticketRows.subList(0, ticketRows.size() - 1));
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
