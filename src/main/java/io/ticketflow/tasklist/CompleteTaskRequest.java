package io.ticketflow.tasklist;

import io.swagger.v3.oas.annotations.media.Schema;
import io.ticketflow.system.PlainText;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Completing a task: the values of its step's form ({@code fields}, as the model's {@code camunda:formData} defines
 * them), an optional note to the customer ({@code comment}), and — for the ticket's own handling, whose form has the
 * field — {@code outcome}, the same as {@code fields.outcome}.
 */
public record CompleteTaskRequest(
        @Schema(example = "RESOLVED", description = "The handling step's outcome (its form's outcome field)")
        @Size(max = 60) String outcome,
        @Size(max = 2000) @PlainText(multiLine = true) String comment,
        @Size(max = 50) @Schema(description = "The step's form fields by id, e.g. {\"approved\": false, "
                + "\"approvalNote\": \"Quote too high\"}") Map<String, Object> fields) {

    /** How this request names a form field: {@code outcome} when given as such, else {@code fields.<id>}. */
    String pathOf(String field) {
        return "outcome".equals(field) && (fields == null || !fields.containsKey(field)) ? field : "fields." + field;
    }

    /** Every form value given: {@code fields}, with {@code outcome} as the field of that name. */
    Map<String, Object> formValues() {
        Map<String, Object> values = new LinkedHashMap<>(fields == null ? Map.of() : fields);
        if (outcome != null) {
            values.putIfAbsent("outcome", outcome);
        }
        return values;
    }
}
