package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ticketflow.system.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    private static final List<FieldDefinition> RETURN = List.of(
            field("orderNumber", FieldType.ORDER_NUMBER, true, List.of()),
            field("issueType", FieldType.ENUM, true, List.of("DAMAGED", "WRONG_ITEM")),
            field("quantity", FieldType.NUMBER, false, List.of()),
            field("deliveredOn", FieldType.DATE, false, List.of()),
            field("deviceModel", FieldType.DEVICE_MODEL, false, List.of()));

    @Test
    void acceptsGoodValuesAsTheStringsToStore() {
        List<FieldError> errors = new ArrayList<>();

        Map<String, String> accepted = FieldChecks.checkValues(RETURN, Map.of("orderNumber", " JD-1001 ",
                "issueType", "DAMAGED", "quantity", 2, "deliveredOn", "2026-11-20", "deviceModel", "WM-800"),
                "WM-800"::equals, errors);

        assertThat(errors).isEmpty();
        assertThat(accepted).containsEntry("orderNumber", "JD-1001").containsEntry("quantity", "2");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        List<FieldError> errors = new ArrayList<>();

        FieldChecks.checkValues(RETURN, Map.of("issueType", "BROKEN", "quantity", "many", "deliveredOn",
                "yesterday", "deviceModel", "XX-1", "colour", "red"), "WM-800"::equals, errors);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("fields.orderNumber",
                "fields.issueType", "fields.quantity", "fields.deliveredOn", "fields.deviceModel", "fields.colour");
        assertThat(errors).extracting(FieldError::message).contains("must be one of [DAMAGED, WRONG_ITEM]",
                "is not a field of this template", "is not a known device model");
    }

    @Test
    void refusesBrokenDefinitions() {
        List<FieldError> problems = FieldChecks.checkDefinitions(List.of(
                field("Order", FieldType.TEXT, true, List.of()),
                field("kind", FieldType.ENUM, true, List.of()),
                field("kind", FieldType.TEXT, false, List.of()),
                new FieldDefinition("code", "Code", FieldType.TEXT, false, null, "[a-", null, null, null, null),
                new FieldDefinition("size", "Size", FieldType.NUMBER, false, null, null, null, BigDecimal.TEN,
                        BigDecimal.ONE, null)));

        assertThat(problems).extracting(FieldError::field).containsExactly("fields[0].name", "fields[1].options",
                "fields[2].name", "fields[3].pattern", "fields[4].min");
    }

    /**
     * Classic catastrophic patterns against long inputs: on java.util.regex {@code (.*a){12}} alone took 10 s on 30
     * characters; on RE2/J each finishes in milliseconds (measured: under 5 ms once warm). The timeout is only a
     * generous bound so a regression fails instead of hanging.
     */
    @Test
    void anEvilPatternIsRefusedOrFast() {
        List<String> evil = List.of("(.*a){12}", "(a+)+$", "(a|aa)+", "(a|a?)+b", "([a-zA-Z]+)*x", "(\\w+\\s?)+$");
        String input = "a".repeat(FieldChecks.MAX_TEXT - 1) + "!";

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String pattern : evil) {
                FieldDefinition field = new FieldDefinition("code", "Code", FieldType.TEXT, false, null, pattern,
                        null, null, null, null);
                assertThat(FieldChecks.checkDefinitions(List.of(field))).as(pattern).isEmpty();
                List<FieldError> errors = new ArrayList<>();
                FieldChecks.checkValues(List.of(field), Map.of("code", input), model -> false, errors);
                assertThat(errors).as(pattern).extracting(FieldError::message)
                        .containsExactly("does not have the expected format");
            }
        });
    }

    @Test
    void patternsThatNeedBacktrackingOrBlowUpAreRefusedWhenSaved() {
        List<String> refused = List.of("(a*)\\1", "(?=a)a", "(?<!a)b", "((a{1000}){1000}){1000}",
                "((a{100}){100})", "a".repeat(TemplatePatterns.MAX_LENGTH + 1), "(((", "[a-", "\\", "*a", "a)(",
                "\\p{", "[[:alpha:");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String pattern : refused) {
                List<FieldError> problems = FieldChecks.checkDefinitions(List.of(new FieldDefinition("code", "Code",
                        FieldType.TEXT, false, null, pattern, null, null, null, null)));
                assertThat(problems).as(pattern).extracting(FieldError::field).containsExactly("fields[0].pattern");
            }
        });
    }

    @Test
    void everydayPatternsAreAccepted() {
        for (String pattern : List.of("[A-Z]{2}\\d{6}", "1[3-9]\\d{9}", "\\d{4}-\\d{2}-\\d{2}", "[^@]+@[^@]+",
                ".{10,500}", "(?i)jd-[0-9]+", "\\p{Han}{1,20}", "[[:alpha:]]+")) {
            assertThat(FieldChecks.checkDefinitions(List.of(new FieldDefinition("code", "Code", FieldType.TEXT, false,
                    null, pattern, null, null, null, null)))).as(pattern).isEmpty();
        }
    }

    @Test
    void limitsBelowOneAreRefused() {
        List<FieldError> problems = FieldChecks.checkDefinitions(List.of(
                new FieldDefinition("note", "Note", FieldType.TEXT, false, null, null, -1, null, null, null),
                new FieldDefinition("photos", "Photos", FieldType.ATTACHMENT, false, null, null, null, null, null,
                        -3)));

        assertThat(problems).extracting(FieldError::field).containsExactly("fields[0].maxLength",
                "fields[1].maxFiles");
    }

    private static FieldDefinition field(String name, FieldType type, boolean required, List<String> options) {
        return new FieldDefinition(name, name, type, required, options, null, null, null, null, null);
    }
}
