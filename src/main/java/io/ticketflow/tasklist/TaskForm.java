package io.ticketflow.tasklist;

import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.PlainText;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A step's form as its model draws it ({@code camunda:formData}): the fields a user completing the task may and must
 * give, checked here with every mistake named at once ({@code fields.<id>}) before anything changes. Text fields
 * are handed to the process as transient variables: the step listener writes them to the ticket's timeline, the
 * engine keeps none of them (free text stays out of the engine, decision record 0005); conditions use the other
 * types (boolean, long, enum, date).
 */
final class TaskForm {

    private final List<FormField> fields;
    private final UnaryOperator<String> path;

    /** @param path how the request names a field in an error ({@code fields.<id>}) */
    TaskForm(List<FormField> fields, UnaryOperator<String> path) {
        this.fields = List.copyOf(fields);
        this.path = path;
    }

    /** The given values as process variables; a 400 naming every wrong, missing or unknown field otherwise. */
    VariableMap variables(Map<String, Object> given) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, FormField> byId = new LinkedHashMap<>();
        fields.forEach(field -> byId.put(field.getId(), field));
        for (String name : given.keySet()) {
            if (!byId.containsKey(name)) {
                errors.add(new FieldError(path(name), "is not a field of this step's form; its fields are "
                        + new TreeSet<>(byId.keySet())));
            }
        }
        VariableMap variables = Variables.createVariables();
        for (FormField field : fields) {
            Object value = given.get(field.getId());
            if (value == null) {
                if (has(field, "required")) {
                    errors.add(new FieldError(path(field.getId()), "is required"));
                }
                continue;
            }
            if (has(field, "readonly")) {
                errors.add(new FieldError(path(field.getId()), "is read-only"));
                continue;
            }
            String problem = convert(field, value, variables);
            if (problem != null) {
                errors.add(new FieldError(path(field.getId()), problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return variables;
    }

    /** Puts the converted value into the variables, or says what is wrong with it. */
    private static String convert(FormField field, Object value, VariableMap variables) {
        String id = field.getId();
        switch (field.getTypeName()) {
            case "string" -> {
                if (!(value instanceof String text)) {
                    return "must be text";
                }
                if (!PlainText.Validator.isPlain(text, true)) {
                    return "must not contain control characters other than tab and line breaks";
                }
                String length = lengthProblem(field, text);
                if (length != null) {
                    return length;
                }
                variables.putValueTyped(id, Variables.stringValue(text, true));
            }
            case "long" -> {
                if (!(value instanceof Integer || value instanceof Long)) {
                    return "must be a whole number";
                }
                long number = ((Number) value).longValue();
                String range = rangeProblem(field, number);
                if (range != null) {
                    return range;
                }
                variables.putValue(id, number);
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    return "must be true or false";
                }
                variables.putValue(id, value);
            }
            case "enum" -> {
                Object values = field.getType().getInformation("values");
                if (!(value instanceof String code) || !(values instanceof Map<?, ?> allowed)
                        || !allowed.containsKey(code)) {
                    return "must be one of " + (values instanceof Map<?, ?> allowed ? allowed.keySet() : "[]");
                }
                variables.putValue(id, code);
            }
            case "date" -> {
                Date date = value instanceof String text ? date(text) : null;
                if (date == null) {
                    return "must be a date and time between 1900 and 9999 such as 2026-12-24T09:30:00Z";
                }
                variables.putValue(id, date);
            }
            default -> {
                return "has type " + field.getTypeName() + ", which the API does not fill; use Camunda Tasklist";
            }
        }
        return null;
    }

    private static String lengthProblem(FormField field, String text) {
        Integer min = config(field, "minlength");
        Integer max = config(field, "maxlength");
        int length = text.codePointCount(0, text.length());
        if (min != null && length < min) {
            return "must have at least " + min + " characters";
        }
        if (max != null && length > max) {
            return "must have at most " + max + " characters";
        }
        return null;
    }

    private static String rangeProblem(FormField field, long number) {
        Integer min = config(field, "min");
        Integer max = config(field, "max");
        if (min != null && number < min) {
            return "must be at least " + min;
        }
        if (max != null && number > max) {
            return "must be at most " + max;
        }
        return null;
    }

    /** The earliest and latest moment a form's date may name: beyond them a Date overflows or means nothing. */
    private static final Instant FIRST_DATE = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LAST_DATE = Instant.parse("9999-12-31T23:59:59Z");

    private static Date date(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return instant.isBefore(FIRST_DATE) || instant.isAfter(LAST_DATE) ? null : Date.from(instant);
    }

    private static boolean has(FormField field, String constraint) {
        return field.getValidationConstraints().stream().anyMatch(c -> constraint.equals(c.getName()));
    }

    private static Integer config(FormField field, String constraint) {
        for (FormFieldValidationConstraint c : field.getValidationConstraints()) {
            if (constraint.equals(c.getName()) && c.getConfiguration() != null) {
                try {
                    return Integer.valueOf(c.getConfiguration().toString().strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private String path(String field) {
        return path.apply(field);
    }
}
