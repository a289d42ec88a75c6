package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.system.FieldError;
import java.math.BigDecimal;
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

    private static FieldDefinition field(String name, FieldType type, boolean required, List<String> options) {
        return new FieldDefinition(name, name, type, required, options, null, null, null, null, null);
    }
}
