package io.ticketflow.intake;

import io.ticketflow.system.FieldError;
import io.ticketflow.system.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Pure checks of templates and of submitted field values against a template version. Every problem is reported at
 * once, named by field ({@code fields.orderNumber}), so the submitter fixes the whole form in one go.
 */
final class FieldChecks {

    static final int MAX_TEXT = 2000;
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,59}");
    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,63}");
    private static final Pattern SERIAL_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private FieldChecks() {
    }

    /** Problems of a template's field definitions: names, duplicates, options, patterns, bounds. */
    static List<FieldError> checkDefinitions(List<FieldDefinition> fields) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            String at = "fields[" + i + "]";
            if (field.name() == null || !NAME.matcher(field.name()).matches()) {
                errors.add(new FieldError(at + ".name", "must be a camelCase name such as orderNumber"));
            } else if (!names.add(field.name())) {
                errors.add(new FieldError(at + ".name", "'" + field.name() + "' is defined twice"));
            }
            if (field.label() == null || field.label().isBlank() || field.label().length() > 200) {
                errors.add(new FieldError(at + ".label", "must be 1 to 200 characters"));
            } else if (!PlainText.Validator.isPlain(field.label(), false)) {
                errors.add(new FieldError(at + ".label", "must not contain control characters"));
            }
            if (field.options().stream().anyMatch(o -> o == null || !PlainText.Validator.isPlain(o, false))) {
                errors.add(new FieldError(at + ".options", "must not contain control characters"));
            }
            if (field.type() == null) {
                errors.add(new FieldError(at + ".type", "is required"));
            } else if (field.type() == FieldType.ENUM && field.options().isEmpty()) {
                errors.add(new FieldError(at + ".options", "an ENUM field needs its choices"));
            }
            if (field.pattern() != null) {
                String problem = TemplatePatterns.problem(field.pattern());
                if (problem != null) {
                    errors.add(new FieldError(at + ".pattern", problem));
                }
            }
            if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
                errors.add(new FieldError(at + ".min", "is above max"));
            }
            if (field.maxLength() != null && field.maxLength() < 1) {
                errors.add(new FieldError(at + ".maxLength", "must be at least 1"));
            }
            if (field.maxFiles() != null && field.maxFiles() < 1) {
                errors.add(new FieldError(at + ".maxFiles", "must be at least 1"));
            }
        }
        return errors;
    }

    /**
     * Checks submitted values (JSON scalars or, for attachments, lists of upload tokens) against the definitions,
     * and returns them as the strings to store; throws nothing, reports into {@code errors}.
     */
    static Map<String, String> checkValues(List<FieldDefinition> fields, Map<String, Object> submitted,
            Predicate<String> knownDeviceModel, List<FieldError> errors) {
        Map<String, Object> values = submitted == null ? Map.of() : submitted;
        Map<String, String> accepted = new LinkedHashMap<>();
        Set<String> defined = new HashSet<>();
        for (FieldDefinition field : fields) {
            defined.add(field.name());
            Object value = values.get(field.name());
            String at = "fields." + field.name();
            if (value == null || (value instanceof String text && text.isBlank())
                    || (value instanceof Collection<?> list && list.isEmpty())) {
                if (field.required()) {
                    errors.add(new FieldError(at, field.label() + " is required"));
                }
                continue;
            }
            String checked = check(field, value, knownDeviceModel, at, errors);
            if (checked != null) {
                accepted.put(field.name(), checked);
            }
        }
        for (String name : values.keySet()) {
            if (!defined.contains(name)) {
                errors.add(new FieldError("fields." + name, "is not a field of this template"));
            }
        }
        return accepted;
    }

    private static String check(FieldDefinition field, Object value, Predicate<String> knownDeviceModel, String at,
            List<FieldError> errors) {
        if (field.type() == FieldType.ATTACHMENT) {
            List<String> tokens = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            int maxFiles = field.maxFiles() == null ? 5 : field.maxFiles();
            if (tokens.size() > maxFiles) {
                errors.add(new FieldError(at, "at most " + maxFiles + " files"));
                return null;
            }
            return String.join(",", tokens);
        }
        if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
            errors.add(new FieldError(at, "must be a single value"));
            return null;
        }
        String text = String.valueOf(value).strip();
        if (!PlainText.Validator.isPlain(text, true)) {
            errors.add(new FieldError(at, "must not contain control characters other than tab and line breaks"));
            return null;
        }
        int maxLength = field.maxLength() == null ? MAX_TEXT : Math.min(field.maxLength(), MAX_TEXT);
        if (text.length() > maxLength) {
            errors.add(new FieldError(at, "at most " + maxLength + " characters"));
            return null;
        }
        String problem = switch (field.type()) {
            case NUMBER -> numberProblem(field, text);
            case DATE -> dateProblem(text);
            case ENUM -> field.options().contains(text) ? null : "must be one of " + field.options();
            case ORDER_NUMBER -> ORDER_NUMBER.matcher(text).matches() ? null : "is not an order number";
            case SERIAL_NUMBER -> SERIAL_NUMBER.matcher(text).matches() ? null : "is not a serial number";
            case DEVICE_MODEL -> knownDeviceModel.test(text) ? null : "is not a known device model";
            default -> null;
        };
        if (problem == null && field.pattern() != null) {
            problem = patternProblem(field.pattern(), text);
        }
        if (problem != null) {
            errors.add(new FieldError(at, problem));
            return null;
        }
        return text;
    }

    private static String patternProblem(String pattern, String text) {
        try {
            return TemplatePatterns.matches(pattern, text) ? null : "does not have the expected format";
        } catch (IllegalArgumentException storedBeforePatternsWereChecked) {
            return "cannot be checked: the template's pattern for it must be corrected by an analyst";
        }
    }

    private static String numberProblem(FieldDefinition field, String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                return "must be at least " + field.min();
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                return "must be at most " + field.max();
            }
            return null;
        } catch (NumberFormatException e) {
            return "must be a number";
        }
    }

    private static String dateProblem(String text) {
        try {
            LocalDate.parse(text);
            return null;
        } catch (DateTimeParseException e) {
            return "must be a date such as 2026-11-23";
        }
    }
}
