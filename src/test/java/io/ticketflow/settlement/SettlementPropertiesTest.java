package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.rules.DecisionTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of settlement arithmetic over many generated jobs and months (fixed seeds, so a failure repeats):
 * every line is its quantity × unit amount rounded to cents, totals are the sums of lines, and pricing the same
 * facts again gives the same lines. And rule versions: a version published today never reprices an earlier day.
 */
class SettlementPropertiesTest {

    private static final String[] KINDS = {"INSTALLER", "SERVICE_TEAM"};
    private static final String[] SERVICES = {"INSTALLATION", "REPAIR", "MAINTENANCE"};
    private static final String[] COMPLEXITIES = {"SIMPLE", "STANDARD", "COMPLEX"};
    private static final String[] REGIONS = {"EAST", "NORTH", "SOUTH", "WEST", "HK"};
    private static final String[] CITIES = {"Shanghai", "Beijing", "Hangzhou", "Zhenjiang", "Ningbo", "Lhasa", ""};
    private static final String[] PERIOD_KINDS = {"FRANCHISE", "DIRECT_STORE", "DEALER", "INSTALLER",
        "SERVICE_TEAM"};
    private static final LocalDate DAY = LocalDate.parse("2026-06-15");
    private static final RegionFinance FINANCE = new RegionFinance("CNY", new BigDecimal("0.06"),
            SettlementRegions.FILE, "test", "EAST");

    private static JobPricing jobs;
    private static PeriodPricing periods;

    @BeforeAll
    static void compileTheRealTables() {
        DecisionTables tables = RulesFixture.compiled(RulesFixture.REAL_RULES);
        jobs = new JobPricing(tables);
        periods = new PeriodPricing(tables);
    }

    @Test
    void everyJobsLinesAddUpAndRepricingChangesNothing() {
        Random random = new Random(20261123);
        for (int i = 0; i < 2_000; i++) {
            JobFacts job = new JobFacts(pick(random, KINDS), pick(random, SERVICES), pick(random, COMPLEXITIES),
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                    pick(random, REGIONS), pick(random, CITIES));

            List<SettlementLine> lines = jobs.price(job, DAY, FINANCE);

            assertAddsUp(lines, job.toString());
            assertThat(jobs.price(job, DAY, FINANCE)).as("repriced: %s", job).isEqualTo(lines);
        }
    }

    @Test
    void everyMonthsLinesAddUpAndRecalculatingChangesNothing() {
        Random random = new Random(11232026);
        for (int i = 0; i < 2_000; i++) {
            PeriodFacts month = new PeriodFacts(pick(random, PERIOD_KINDS), pick(random, REGIONS),
                    BigDecimal.valueOf(random.nextLong(0, 150_000_000L), 2), random.nextInt(0, 400));

            List<SettlementLine> lines = periods.price(month, DAY, FINANCE);

            assertAddsUp(lines, month.toString());
            assertThat(periods.price(month, DAY, FINANCE)).as("recalculated: %s", month).isEqualTo(lines);
        }
    }

    @Test
    void aRuleVersionPublishedTodayLeavesEarlierServiceDaysAsTheyWere(@TempDir Path rules) throws IOException {
        RulesFixture.copyOfTheRealRules(rules);
        LocalDate today = LocalDate.parse("2026-11-23");
        String raised = RulesFixture.realTableWith("settlement-piece-rate@2026-01-01.drl.csv",
                "Complex installation,,,INSTALLATION,COMPLEX,150.00,",
                "Complex installation,,,INSTALLATION,COMPLEX,180.00,").replace("v20260101", "v20261123");
        Files.writeString(rules.resolve("settlement-piece-rate@" + today + ".drl.csv"), raised);
        JobPricing withNewVersion = new JobPricing(RulesFixture.compiled(rules));
        JobFacts job = new JobFacts("INSTALLER", "INSTALLATION", "COMPLEX", false, true, false, false, null, "EAST",
                "Shanghai");
        LocalDate lastMonth = LocalDate.parse("2026-10-20");

        assertThat(withNewVersion.price(job, lastMonth, FINANCE)).isEqualTo(jobs.price(job, lastMonth, FINANCE));
        assertThat(withNewVersion.price(job, today.minusDays(1), FINANCE))
                .isEqualTo(jobs.price(job, today.minusDays(1), FINANCE));
        List<SettlementLine> fromToday = withNewVersion.price(job, today, FINANCE);
        assertThat(fromToday.get(0).amount()).as("the base: 60 %% of the new job price").isEqualByComparingTo("108.00");
        assertThat(fromToday.get(0).ruleTable()).isEqualTo("settlement-piece-rate@" + today);
        assertThat(jobs.price(job, lastMonth, FINANCE).get(0).ruleTable())
                .isEqualTo("settlement-piece-rate@2026-01-01");
    }

    private static void assertAddsUp(List<SettlementLine> lines, String facts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SettlementLine line : lines) {
            assertThat(line.amount()).as("%s: %s", facts, line)
                    .isEqualTo(line.quantity().multiply(line.unitAmount()).setScale(2, Money.ROUNDING));
            sum = sum.add(line.amount());
        }
        assertThat(JobPricing.sum(lines)).as(facts).isEqualByComparingTo(sum);
        BigDecimal taxable = JobPricing.sum(lines.stream().filter(l -> l.component() != LineComponent.TAX).toList());
        assertThat(lines.stream().filter(l -> l.component() == LineComponent.TAX).map(SettlementLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).as("tax of %s", facts)
                .isEqualByComparingTo(taxable.multiply(FINANCE.taxRate()).setScale(2, Money.ROUNDING));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
