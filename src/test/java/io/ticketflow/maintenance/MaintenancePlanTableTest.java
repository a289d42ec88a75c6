package io.ticketflow.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.rules.TableRows;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real {@code rules/maintenance-plan.drl.csv}: when each product model is due, and every row fires. */
class MaintenancePlanTableTest {

    private static MaintenancePlan plan;

    @BeforeAll
    static void compileTheRealTable() {
        plan = new MaintenancePlan(new DecisionTables(new RulesSettings(Path.of("rules"))));
    }

    @ParameterizedTest(name = "{0} bought {1}, serviced {2} → due {3}, offered from {4}")
    @CsvSource(delimiter = ';', value = {
        "CAR-X5;2026-01-15;;2026-07-15;2026-07-01;Cars: first service",
        "CAR-X5;2025-01-15;2026-03-10;2027-03-10;2027-02-24;Cars: yearly service",
        "WP-200;2026-05-31;;2026-11-30;2026-11-23;Water purifiers: filter change",
        "AC-300;2025-12-01;;2026-12-01;2026-11-10;Air conditioners: yearly clean",
        "AC-300;2024-06-01;2025-06-20;2026-06-20;2026-05-30;Air conditioners: yearly clean",
        "WH-80;2025-01-01;;2027-01-01;2026-12-11;Water heaters: every two years"})
    void aModelIsDueMonthsAfterItsPurchaseOrLastServiceAndOfferedDaysBefore(String model, LocalDate bought,
            LocalDate serviced, LocalDate due, LocalDate offered, String row) {
        MaintenancePlan.Due next = plan.dueOf(model, bought, serviced).orElseThrow();

        assertThat(next.dueOn()).isEqualTo(due);
        assertThat(next.offerFrom()).isEqualTo(offered);
        assertThat(next.rule()).endsWith("row \"" + row + "\"");
        assertThat(next.offeredOn(offered)).isTrue();
        assertThat(next.offeredOn(offered.minusDays(1))).isFalse();
    }

    @Test
    void aModelNoRowNamesNeedsNoMaintenance() {
        assertThat(plan.dueOf("TV-55", LocalDate.parse("2020-01-01"), null)).isEmpty();
        assertThat(plan.dueOf("XCAR-1", LocalDate.parse("2020-01-01"), null)).as("starts with, not contains")
                .isEmpty();
    }

    @Test
    void theTableAnswersAlikeOnceTheRuleEngineHasCompiledItsConditions() {
        // Drools turns a condition into bytecode once it has been evaluated twenty times; the daily run and the
        // devices API evaluate the table far more often than that.
        for (int i = 0; i < 500; i++) {
            assertThat(plan.dueOf("AC-300", LocalDate.parse("2025-12-01"), null)).as("evaluation %s", i)
                    .map(MaintenancePlan.Due::dueOn).contains(LocalDate.parse("2026-12-01"));
            assertThat(plan.dueOf("CAR-X5", LocalDate.parse("2025-01-15"), LocalDate.parse("2026-03-10")))
                    .map(MaintenancePlan.Due::dueOn).contains(LocalDate.parse("2027-03-10"));
            assertThat(plan.dueOf("XCAR-1", LocalDate.parse("2020-01-01"), null)).isEmpty();
        }
    }

    @Test
    void everyRowOfTheTableFires() throws IOException {
        Set<String> fired = new HashSet<>();
        LocalDate bought = LocalDate.parse("2025-01-01");
        for (String model : new String[] {"CAR-X5", "WP-200", "AC-300", "WH-80", "TV-55"}) {
            for (LocalDate serviced : new LocalDate[] {null, LocalDate.parse("2025-06-01")}) {
                Optional<MaintenancePlan.Due> due = plan.dueOf(model, bought, serviced);
                due.ifPresent(d -> fired.add(d.rule().substring(d.rule().indexOf('"') + 1,
                        d.rule().lastIndexOf('"'))));
            }
        }

        assertThat(fired).containsExactlyInAnyOrderElementsOf(TableRows.names(Path.of(
                "rules/maintenance-plan.drl.csv")));
    }
}
