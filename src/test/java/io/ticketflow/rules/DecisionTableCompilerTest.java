package io.ticketflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ticketflow.system.AnalystFile;
import io.ticketflow.system.AnalystFolder;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTableCompilerTest {

    private final DecisionTableCompiler compiler = new DecisionTableCompiler();

    @Test
    void everyTableInTheRulesFolderCompilesToRules() {
        List<AnalystFile> files = new AnalystFolder(Path.of("rules"), "rules")
                .list(DecisionTableCompiler.TABLE_SUFFIXES);

        Map<String, CompiledTable> tables = compiler.compileAll(files);

        assertThat(files).isNotEmpty();
        assertThat(tables).hasSameSizeAs(files).containsKey("routing-team");
        assertThat(tables.values()).allSatisfy(table -> assertThat(table.ruleCount()).isPositive());
    }

    @Test
    void namesTheFileAndRowOfACellTheCompilerCannotRead() throws IOException {
        String table = routingTableWithRows(
                "Good row,,repair,,repair-east",
                "Row with a stray cell,,repair,,repair-east,stray");

        assertThatThrownBy(() -> compiler.compile(csv("stray.drl.csv", table)))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("stray.drl.csv row 13")
                .satisfies(e -> assertThat(problems(e)).singleElement()
                        .satisfies(problem -> assertThat(problem.row()).isEqualTo(13)));
    }

    @Test
    void namesTheFileAndRowOfARuleThatDoesNotCompile() throws IOException {
        String table = routingTableWithRows(
                "Good row,,repair,,repair-east",
                "Backslash ends a value,,repair,EAST\\,repair-east");

        assertThatThrownBy(() -> compiler.compile(csv("backslash.drl.csv", table)))
                .isInstanceOf(DecisionTableException.class)
                .satisfies(e -> assertThat(problems(e)).isNotEmpty().allSatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo("backslash.drl.csv");
                    assertThat(problem.row()).isEqualTo(13);
                    assertThat(problem.reason()).isNotBlank();
                }));
    }

    @Test
    void refusesARowWithoutActionInsteadOfARuleThatDoesNothing() throws IOException {
        assertThatThrownBy(() -> compiler.compile(csv("empty.drl.csv", routingTableWithRows(
                "Good row,,repair,,repair-east",
                "Forgotten action,,billing,,"))))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("empty.drl.csv row 13")
                .hasMessageContaining("no action");
    }

    @Test
    void refusesDroolsStringOperatorsWhichFailOnceTheConditionIsCompiled() throws IOException {
        String table = Files.readString(Path.of("rules/maintenance-plan.drl.csv"))
                .replace("\"productModel.startsWith(\"\"$param\"\")\"",
                        "\"productModel str[startsWith] \"\"$param\"\"\"");
        assertThat(table).contains("str[startsWith]");

        assertThatThrownBy(() -> compiler.compile(csv("plan.drl.csv", table)))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("plan.drl.csv row 12")
                .hasMessageContaining("str[...]");
    }

    @Test
    void refusesATableWithoutRows() throws IOException {
        assertThatThrownBy(() -> compiler.compile(csv("norows.drl.csv", routingTableWithRows())))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("norows.drl.csv");
    }

    @Test
    void refusesAFileWithoutRuleTable() {
        assertThatThrownBy(() -> compiler.compile(csv("plain.drl.csv", "just,some,cells\n")))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("plain.drl.csv")
                .hasMessageContaining("RuleTable");
    }

    @Test
    void reportsProblemsOfEveryBrokenTableAtOnce() {
        AnalystFile first = csv("first.drl.csv", "RuleSet,x\n");
        AnalystFile second = csv("second.drl.csv", "RuleSet,y\n");

        assertThatThrownBy(() -> compiler.compileAll(List.of(first, second)))
                .isInstanceOf(DecisionTableException.class)
                .hasMessageContaining("first.drl.csv")
                .hasMessageContaining("second.drl.csv");
    }

    @Test
    void derivesTheDecisionNameFromTheFileName() {
        assertThat(DecisionTableCompiler.decisionName("routing.drl.csv")).isEqualTo("routing");
        assertThat(DecisionTableCompiler.decisionName("settlement.drl.xlsx")).isEqualTo("settlement");
    }

    /** The real routing-team table's header (11 lines) followed by the given rows, which start at row 12. */
    static String routingTableWithRows(String... rows) throws IOException {
        List<String> header = Files.readAllLines(Path.of("rules/routing-team.drl.csv")).subList(0, 11);
        return String.join("\n", header) + "\n" + String.join("\n", rows) + "\n";
    }

    private static List<DecisionTableProblem> problems(Throwable e) {
        return ((DecisionTableException) e).problems();
    }

    static AnalystFile csv(String name, String content) {
        return new AnalystFile("rules/" + name, name, content.getBytes(StandardCharsets.UTF_8));
    }
}
