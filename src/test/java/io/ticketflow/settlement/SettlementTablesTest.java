package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.rules.DecisionTables;
import io.ticketflow.rules.NoRuleVersionException;
import io.ticketflow.rules.TableRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Finance's examples for the settlement tables in {@code rules/}, priced by the real tables. */
class SettlementTablesTest {

    private static final LocalDate SERVICE_DAY = LocalDate.parse("2026-06-15");
    private static final RegionFinance SIX_PERCENT = new RegionFinance("CNY", new BigDecimal("0.06"),
            "settlement-regions.yaml", "test", "EAST");
    private static DecisionTables tables;
    private static JobPricing jobs;
    private static PeriodPricing periods;

    @BeforeAll
    static void compileTheRealTables() {
        tables = RulesFixture.compiled(RulesFixture.REAL_RULES);
        jobs = new JobPricing(tables);
        periods = new PeriodPricing(tables);
    }

    @ParameterizedTest(name = "{0} {1} {2} in {9} → {17}")
    @CsvFileSource(files = "src/test/resources/settlement/job-examples.csv", numLinesToSkip = 2)
    void pricesEachJobExampleLineByLine(String partnerKind, String serviceType, String complexity,
            boolean highAltitude, boolean nightVisit, boolean urgent, boolean remoteArea, BigDecimal partsCost,
            String region, String city, String pieceRateRow, BigDecimal base, String surchargeRows,
            BigDecimal surcharges, String coefficientRow, BigDecimal coefficient, BigDecimal tax, BigDecimal total) {
        List<SettlementLine> lines = jobs.price(new JobFacts(partnerKind, serviceType, complexity, highAltitude,
                nightVisit, urgent, remoteArea, partsCost, region, city), SERVICE_DAY, SIX_PERCENT);

        assertThat(amount(lines, LineComponent.BASE)).isEqualByComparingTo(base);
        assertThat(lines).filteredOn(l -> l.component() == LineComponent.BASE).singleElement()
                .satisfies(l -> assertThat(l.ruleRow()).isEqualTo(pieceRateRow));
        assertThat(lines).filteredOn(l -> l.component() == LineComponent.SURCHARGE).extracting(SettlementLine::ruleRow)
                .containsExactlyElementsOf(names(surchargeRows));
        assertThat(amount(lines, LineComponent.SURCHARGE)).isEqualByComparingTo(surcharges);
        assertThat(amount(lines, LineComponent.COEFFICIENT)).isEqualByComparingTo(coefficient);
        assertThat(amount(lines, LineComponent.TAX)).isEqualByComparingTo(tax);
        assertThat(JobPricing.sum(lines)).isEqualByComparingTo(total);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.amount().scale()).isEqualTo(2);
            assertThat(line.ruleTable()).isNotBlank();
            assertThat(line.ruleVersion()).isNotBlank();
            assertThat(line.ruleRow()).isNotBlank();
        });
        if (coefficient.signum() == 0) {
            assertThat(tables.decideRows(tables.versionValidOn(JobPricing.REGION, SERVICE_DAY), new JobFacts(
                    partnerKind, serviceType, complexity, false, false, false, false, null, region, city)))
                    .singleElement().satisfies(row -> assertThat(row.row()).isEqualTo(coefficientRow));
        } else {
            assertThat(lines).filteredOn(l -> l.component() == LineComponent.COEFFICIENT).singleElement()
                    .satisfies(l -> assertThat(l.ruleRow()).isEqualTo(coefficientRow));
        }
    }

    @ParameterizedTest(name = "{0} with sales {1} and {2} jobs → {6}")
    @CsvFileSource(files = "src/test/resources/settlement/period-examples.csv", numLinesToSkip = 2)
    void pricesEachMonthExampleOnEveryTierBoundary(String partnerKind, BigDecimal volume, int jobCount,
            String rows, BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
        List<SettlementLine> lines = periods.price(new PeriodFacts(partnerKind, "EAST", volume, jobCount),
                SERVICE_DAY, SIX_PERCENT);

        assertThat(lines).filteredOn(l -> l.component() != LineComponent.TAX).extracting(SettlementLine::ruleRow)
                .containsExactlyElementsOf(names(rows));
        assertThat(JobPricing.sum(lines.stream().filter(l -> l.component() != LineComponent.TAX).toList()))
                .isEqualByComparingTo(subtotal);
        assertThat(amount(lines, LineComponent.TAX)).isEqualByComparingTo(tax);
        assertThat(JobPricing.sum(lines)).isEqualByComparingTo(total);
    }

    @ParameterizedTest(name = "{0} {1} installation at height at night earns its job price {2}")
    @CsvSource({"EAST, SIMPLE, 80.00", "EAST, STANDARD, 110.00", "EAST, COMPLEX, 150.00", "HK, STANDARD, 300.00"})
    void anInstallationsBreakdownOfSixtyFifteenAndTwentyFivePercentAddsUpToItsJobPrice(String region,
            String complexity, BigDecimal jobPrice) {
        List<SettlementLine> lines = jobs.price(new JobFacts("INSTALLER", "INSTALLATION", complexity, true, true,
                false, false, null, region, "Ningbo"), SERVICE_DAY, SIX_PERCENT);

        assertThat(lines).filteredOn(l -> l.component() == LineComponent.BASE
                || l.component() == LineComponent.SURCHARGE).extracting(SettlementLine::amount)
                .containsExactly(share(jobPrice, "0.60"), share(jobPrice, "0.15"), share(jobPrice, "0.25"));
        assertThat(amount(lines, LineComponent.BASE).add(amount(lines, LineComponent.SURCHARGE)))
                .isEqualByComparingTo(jobPrice);
        assertThat(amount(jobs.price(new JobFacts("INSTALLER", "INSTALLATION", complexity, false, false, false,
                false, null, region, "Ningbo"), SERVICE_DAY, SIX_PERCENT), LineComponent.BASE))
                .as("on the ground by day: the base share alone").isEqualByComparingTo(share(jobPrice, "0.60"));
    }

    @Test
    void everyRowOfEverySettlementTableFiresInAtLeastOneExample() throws IOException {
        Set<String> fired = new HashSet<>();
        for (String[] c : examples("job-examples.csv")) {
            jobs.price(new JobFacts(c[0], c[1], c[2], Boolean.parseBoolean(c[3]), Boolean.parseBoolean(c[4]),
                    Boolean.parseBoolean(c[5]), Boolean.parseBoolean(c[6]), new BigDecimal(c[7]), c[8], c[9]),
                    SERVICE_DAY, SIX_PERCENT).forEach(l -> fired.add(l.ruleTable() + ": " + l.ruleRow()));
            fired.add(tables.versionValidOn(JobPricing.REGION, SERVICE_DAY) + ": " + c[14]);
        }
        for (String[] c : examples("period-examples.csv")) {
            periods.price(new PeriodFacts(c[0], "EAST", new BigDecimal(c[1]), Integer.parseInt(c[2])), SERVICE_DAY,
                    SIX_PERCENT).forEach(l -> fired.add(l.ruleTable() + ": " + l.ruleRow()));
        }

        for (String table : List.of("settlement-piece-rate@2026-01-01", "settlement-surcharge@2026-01-01",
                "settlement-region@2026-01-01", "settlement-period@2026-01-01")) {
            assertThat(TableRows.names(Path.of("rules/" + table + ".drl.csv")))
                    .allSatisfy(row -> assertThat(fired).contains(table + ": " + row));
        }
    }

    @Test
    void aDayBeforeTheFirstVersionHasNoRulesInForce() {
        assertThatThrownBy(() -> tables.versionValidOn(JobPricing.PIECE_RATE, LocalDate.parse("2025-12-31")))
                .isInstanceOf(NoRuleVersionException.class)
                .hasMessageContaining("settlement-piece-rate@2026-01-01");
    }

    private static BigDecimal amount(List<SettlementLine> lines, LineComponent component) {
        return JobPricing.sum(lines.stream().filter(l -> l.component() == component).toList());
    }

    private static BigDecimal share(BigDecimal jobPrice, String fraction) {
        return Money.round(jobPrice.multiply(new BigDecimal(fraction)));
    }

    private static List<String> names(String pipeSeparated) {
        return pipeSeparated == null || pipeSeparated.isBlank() ? List.of() : Arrays.asList(pipeSeparated.split("\\|"));
    }

    private static List<String[]> examples(String file) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/settlement/" + file)).stream().skip(2)
                .filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    }
}
