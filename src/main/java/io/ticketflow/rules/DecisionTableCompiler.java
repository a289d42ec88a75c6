package io.ticketflow.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;
import io.ticketflow.system.AnalystFile;

/**
 * Compiles one spreadsheet decision table ({@code *.drl.csv}, {@code *.drl.xlsx}, {@code *.drl.xls}) into its own
 * KieBase. Every failure names the file and, where Drools lets us trace it, the spreadsheet row, because an analyst
 * fixes rows, not generated DRL lines. A table that yields no rule is an error, never an empty rule base.
 */
public final class DecisionTableCompiler {

    public static final String[] TABLE_SUFFIXES = {".drl.csv", ".drl.xlsx", ".drl.xls"};

    private static final Pattern ROW_MARKER = Pattern.compile("// rule values at [A-Z]+(\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final String PARSER_GAVE_UP = "Parser returned a null Package";
    /**
     * Drools' string operators ({@code str[startsWith]}, {@code str[endsWith]}, {@code str[length]}): a table using
     * them answers for twenty evaluations, then Drools compiles the condition to bytecode and it fails with a
     * {@code NoSuchMethodError} (seen on Drools 10.2) — refused before it reaches a running table.
     */
    private static final Pattern STRING_OPERATOR = Pattern.compile("\\bstr\\s*\\[");
    private static final Pattern CELL_REFERENCE = Pattern.compile("\\bcell [A-Z]+(\\d+)");
    private static final Pattern RULE = Pattern.compile(
            "^// rule values at [A-Z]+(\\d+).*?^rule \"([^\"]*)\".*?^\\s*then\\s*$(.*?)^end", Pattern.MULTILINE | Pattern.DOTALL);

    /** The decision's name: the file name without its table suffix ({@code routing-team.drl.csv} → routing-team). */
    public static String decisionName(String fileName) {
        for (String suffix : TABLE_SUFFIXES) {
            if (fileName.endsWith(suffix)) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        throw new IllegalArgumentException(fileName + " is not a decision table file");
    }

    /** Compiles every table; either all compile, or the exception lists every problem of every table. */
    public Map<String, CompiledTable> compileAll(List<AnalystFile> files) {
        Map<String, CompiledTable> tables = new LinkedHashMap<>();
        List<DecisionTableProblem> problems = new ArrayList<>();
        for (AnalystFile file : files) {
            try {
                CompiledTable table = compile(file);
                tables.put(table.decision(), table);
            } catch (DecisionTableException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new DecisionTableException(problems);
        }
        return tables;
    }

    public CompiledTable compile(AnalystFile file) {
        String drl = toDrl(file);
        List<DecisionTableProblem> problems = new ArrayList<>();
        int ruleCount = countRules(file, drl, problems);
        refuseStringOperators(file, drl, problems);
        if (ruleCount == 0 && problems.isEmpty()) {
            problems.add(new DecisionTableProblem(file.fileName(), 0,
                    "the table yields no rule; check the RuleTable header and the CONDITION/ACTION rows"));
        }
        if (!problems.isEmpty()) {
            throw new DecisionTableException(problems);
        }
        KieHelper helper = new KieHelper().addResource(ResourceFactory.newByteArrayResource(
                drl.getBytes(StandardCharsets.UTF_8)).setSourcePath(drlPath(file, drl)), ResourceType.DRL);
        for (Message message : helper.verify().getMessages(Message.Level.ERROR)) {
            if (message.getText().contains(PARSER_GAVE_UP)) {
                continue; // follows the real syntax errors, which are reported with their rows
            }
            problems.add(new DecisionTableProblem(file.fileName(), rowOf(drl, message.getLine()),
                    message.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new DecisionTableException(problems);
        }
        KieBase kieBase = helper.build();
        return new CompiledTable(decisionName(file.fileName()), file.resourceName(), FileVersion.of(file.content()),
                drl, ruleCount, kieBase);
    }

    /** Where the generated DRL sits in the rule base: its package's folder, named after the table. */
    private static String drlPath(AnalystFile file, String drl) {
        Matcher packageLine = PACKAGE.matcher(drl);
        String folder = packageLine.find() ? packageLine.group(1).replace('.', '/') + "/" : "";
        return folder + decisionName(file.fileName()) + ".drl";
    }

    private static String toDrl(AnalystFile file) {
        InputType type = file.fileName().endsWith(".drl.csv") ? InputType.CSV : InputType.XLS;
        try {
            return new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type);
        } catch (RuntimeException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            Matcher cell = CELL_REFERENCE.matcher(reason);
            int row = cell.find() ? Integer.parseInt(cell.group(1)) : 0;
            throw new DecisionTableException(List.of(new DecisionTableProblem(file.fileName(), row, reason)));
        }
    }

    /** Counts the rules; a row whose action cells are all empty would silently do nothing, so it is a problem. */
    private static int countRules(AnalystFile file, String drl, List<DecisionTableProblem> problems) {
        Matcher rule = RULE.matcher(drl);
        int count = 0;
        while (rule.find()) {
            count++;
            if (rule.group(3).isBlank()) {
                problems.add(new DecisionTableProblem(file.fileName(), Integer.parseInt(rule.group(1)),
                        "row \"" + rule.group(2) + "\" has no action: fill in its action cells"));
            }
        }
        return count;
    }

    private static void refuseStringOperators(AnalystFile file, String drl, List<DecisionTableProblem> problems) {
        Matcher operator = STRING_OPERATOR.matcher(drl);
        if (operator.find()) {
            int line = (int) drl.substring(0, operator.start()).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new DecisionTableProblem(file.fileName(), rowOf(drl, line), "the str[...] operator stops "
                    + "working once the rule engine compiles the condition; write the condition as a method call, "
                    + "e.g. productModel.startsWith(\"$param\")"));
        }
    }

    /** The spreadsheet row of the rule that encloses a generated DRL line, from the compiler's row comments. */
    private static int rowOf(String drl, int drlLine) {
        if (drlLine <= 0) {
            return 0;
        }
        String[] lines = drl.split("\n", -1);
        for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
            Matcher marker = ROW_MARKER.matcher(lines[i]);
            if (marker.find()) {
                return Integer.parseInt(marker.group(1));
            }
        }
        return 0;
    }
}
