package io.ticketflow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import io.ticketflow.ticket.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The analysts' examples for the four routing tables, run in order through the real tables in {@code rules/}. */
class RoutingTablesTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/routing/routing-examples.csv");
    private static final List<String> TABLES = List.of(TicketRouter.SERVICE_LINE, TicketRouter.URGENCY,
            TicketRouter.SERVICE_LEVEL, TicketRouter.TEAM);
    private static TicketRouter router;

    @BeforeAll
    static void compileTheRealTables() {
        router = new TicketRouter(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "{0} via {1} (stated {2}) from a {3} customer worth {4} in {5} → {11} at {9}")
    @CsvFileSource(files = "src/test/resources/routing/routing-examples.csv", numLinesToSkip = 2)
    void routesEachExampleLevelByLevel(String category, String channel, String statedUrgency, String tier,
            long lifetimeValue, String region, String serviceLine, String skill, boolean onSite, Priority priority,
            String serviceLevel, String team, String serviceLineRow, String urgencyRow, String serviceLevelRow,
            String teamRow) {
        RoutingDecision decision = router.route(new RoutingFacts(category, channel, statedUrgency, tier,
                lifetimeValue, region));

        assertThat(decision.serviceLine()).isEqualTo(serviceLine);
        assertThat(decision.skill()).isEqualTo(skill);
        assertThat(decision.onSite()).isEqualTo(onSite);
        assertThat(decision.priority()).isEqualTo(priority);
        assertThat(decision.serviceLevel()).isEqualTo(serviceLevel);
        assertThat(decision.team()).isEqualTo(team);
        assertThat(decision.rules()).extracting(RuleApplied::table, RuleApplied::row).containsExactly(
                tuple(TicketRouter.SERVICE_LINE, serviceLineRow), tuple(TicketRouter.URGENCY, urgencyRow),
                tuple(TicketRouter.SERVICE_LEVEL, serviceLevelRow), tuple(TicketRouter.TEAM, teamRow));
    }

    @Test
    void everyRowOfEveryRoutingTableFiresInAtLeastOneExample() throws IOException {
        Map<String, Set<String>> fired = new HashMap<>();
        for (String[] cells : examples()) {
            RoutingDecision decision = router.route(new RoutingFacts(cells[0], cells[1],
                    cells[2].isEmpty() ? null : cells[2], cells[3], Long.parseLong(cells[4]), cells[5]));
            decision.rules().forEach(r -> fired.computeIfAbsent(r.table(), t -> new HashSet<>()).add(r.row()));
        }

        for (String table : TABLES) {
            assertThat(fired.get(table)).as(table)
                    .containsExactlyInAnyOrderElementsOf(TableRows.names(Path.of("rules/" + table + ".drl.csv")));
        }
    }

    @Test
    void explainsEachLevelInWordsWithTheTableVersion() {
        RoutingDecision decision = router.route(new RoutingFacts("REPAIR", "WECHAT", null, "STANDARD", 0, "EAST"));

        assertThat(decision.rules()).extracting(RuleApplied::said).containsExactly(
                "business type REPAIR → service line repair, needs skill repair, on-site work",
                "stated urgency none via WECHAT → priority NORMAL",
                "STANDARD customer, lifetime value 0 → service level STANDARD",
                "STANDARD repair in EAST → team repair-east");
        assertThat(decision.rules()).allSatisfy(r -> assertThat(r.version()).isNotBlank());
        assertThat(decision.reason()).endsWith("routing-team table, row \"Repairs in the east\"");
    }

    @Test
    void aStatedUrgencyNoRowNamesFallsToTheDefaultRow() {
        RoutingDecision decision = router.route(new RoutingFacts("GENERAL", "WEB", "SOMEDAY", "STANDARD", 0,
                "EAST"));

        assertThat(decision.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aTableWithoutADefaultRowIsReportedWithTheFacts(@TempDir Path folder) throws IOException {
        for (String table : TABLES.subList(0, 3)) {
            Files.copy(Path.of("rules/" + table + ".drl.csv"), folder.resolve(table + ".drl.csv"));
        }
        List<String> team = Files.readAllLines(Path.of("rules/routing-team.drl.csv"));
        Files.write(folder.resolve("routing-team.drl.csv"), team.subList(0, team.size() - 1));
        TicketRouter withoutDefault = new TicketRouter(new DecisionTables(new RulesSettings(folder)));

        assertThatThrownBy(() -> withoutDefault.route(new RoutingFacts("GENERAL", "WEB", null, "STANDARD", 0,
                "EAST")))
                .isInstanceOf(NoRouteFoundException.class)
                .hasMessageContaining("routing-team")
                .hasMessageContaining("serviceLine=support");
    }

    private static List<String[]> examples() throws IOException {
        return Files.readAllLines(EXAMPLES).stream().skip(2).filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1)).toList();
    }
}
