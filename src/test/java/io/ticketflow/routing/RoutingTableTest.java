package io.ticketflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.ticket.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The analysts' examples for {@code rules/routing.drl.csv}, run against the real table. */
class RoutingTableTest {

    private static final Path TABLE = Path.of("rules/routing.drl.csv");
    private static final Path EXAMPLES = Path.of("src/test/resources/routing/routing-examples.csv");
    private static TicketRouter router;

    @BeforeAll
    static void compileTheRealTable() {
        router = new TicketRouter(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "{0} via {1} from a {2} customer in {3} → {4} at {5} (row \"{6}\")")
    @CsvFileSource(files = "src/test/resources/routing/routing-examples.csv", numLinesToSkip = 2)
    void routesEachExampleByTheFirstMatchingRow(String category, String channel, String tier, String region,
            String expectedTeam, String expectedPriority, String expectedRow) {
        RoutingDecision decision = router.route(new RoutingRequest(category, channel, tier, region));

        assertThat(decision.targetGroup()).isEqualTo(expectedTeam);
        assertThat(decision.priority()).isEqualTo(expectedPriority);
        assertThat(decision.row()).isEqualTo(expectedRow);
        assertThat(decision.reason()).isEqualTo("routing table, row \"" + expectedRow + "\"");
    }

    @Test
    void everyRowOfTheTableFiresInAtLeastOneExample() throws IOException {
        Set<String> rowsFired = new HashSet<>();
        for (String example : examples()) {
            String[] cells = example.split(",");
            rowsFired.add(router.route(new RoutingRequest(cells[0], cells[1], cells[2], cells[3])).row());
        }

        assertThat(rowsFired).containsExactlyInAnyOrderElementsOf(TableRows.names(TABLE));
    }

    @Test
    void everyRowNamesAKnownPriority() throws IOException {
        for (String example : examples()) {
            String[] cells = example.split(",");
            String priority = router.route(new RoutingRequest(cells[0], cells[1], cells[2], cells[3])).priority();
            assertThat(Priority.valueOf(priority)).isNotNull();
        }
    }

    @Test
    void onlyTheFirstMatchingRowDecidesWhenSeveralMatch() {
        // A VIP complaint matches "VIP complaints", "Complaints" and "Everything else".
        RoutingDecision decision = router.route(new RoutingRequest("COMPLAINT", "WEB", "VIP", "EAST"));

        assertThat(decision.row()).isEqualTo("VIP complaints");
        assertThat(decision.targetGroup()).isEqualTo("vip-care");
    }

    private static List<String> examples() throws IOException {
        return Files.readAllLines(EXAMPLES).stream().skip(2).filter(line -> !line.isBlank()).toList();
    }
}
