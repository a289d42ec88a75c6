package io.ticketflow.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * One custom field of a template: its name (as submitted), the label people see, its type, whether it is required,
 * and its checks — choices of an ENUM, a pattern and maximum length for text, bounds for numbers, how many files.
 */
public record FieldDefinition(String name, String label, FieldType type, boolean required, List<String> options,
        String pattern, Integer maxLength, BigDecimal min, BigDecimal max, Integer maxFiles) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
