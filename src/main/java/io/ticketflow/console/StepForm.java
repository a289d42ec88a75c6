package io.ticketflow.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.impl.form.type.EnumFormType;
import org.springframework.util.MultiValueMap;

/**
 * A journey step's form as the page shows it — each field of the model's {@code camunda:formData} with its label,
 * type, choices and limits — and the values a submitted form gives it ({@code f.<id>}), typed as the API takes them
 * (numbers, yes/no), so that the same checks judge them.
 */
record StepForm(List<Field> fields) {

    static final String PREFIX = "f.";

    /** One field: id, label, type (string, long, boolean, enum, date), choices of an enum, required, max length. */
    record Field(String id, String label, String type, Map<String, String> choices, boolean required,
            Integer maxLength, Object defaultValue) {
    }

    /** Whether this form can resolve the ticket: an {@code outcome} field that offers RESOLVED. */
    boolean resolves() {
        return fields.stream().anyMatch(field -> "outcome".equals(field.id()) && field.choices().containsKey(
                "RESOLVED"));
    }

    static StepForm of(List<FormField> formFields) {
        return new StepForm(formFields.stream().map(StepForm::field).toList());
    }

    private static Field field(FormField field) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (field.getType() instanceof EnumFormType type) {
            type.getValues().forEach(choices::put);
        }
        boolean required = false;
        Integer maxLength = null;
        for (FormFieldValidationConstraint constraint : field.getValidationConstraints()) {
            if ("required".equals(constraint.getName())) {
                required = true;
            } else if ("maxlength".equals(constraint.getName()) && constraint.getConfiguration() != null) {
                maxLength = wholeNumber(String.valueOf(constraint.getConfiguration()));
            }
        }
        return new Field(field.getId(), field.getLabel() == null ? field.getId() : field.getLabel(),
                field.getTypeName(), choices, required, maxLength,
                field.getValue() == null ? null : field.getValue().getValue());
    }

    /** A limit as the model wrote it, spaces around allowed; none when it is no whole number (the API says why). */
    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The submitted values by field id: numbers and yes/no typed, empty ones left out; a checkbox unticked is no. */
    Map<String, Object> values(MultiValueMap<String, String> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String text = params.getFirst(PREFIX + field.id());
            if ("boolean".equals(field.type())) {
                values.put(field.id(), "true".equals(text));
            } else if (text != null && !text.isBlank()) {
                values.put(field.id(), "long".equals(field.type()) ? number(text.strip()) : text.strip());
            }
        }
        return values;
    }

    /** A whole number, or the text as typed when it is none (the form's check then names the field). */
    private static Object number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
