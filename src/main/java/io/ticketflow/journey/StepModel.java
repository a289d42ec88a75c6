package io.ticketflow.journey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a journey's model says about one of its user tasks: its name, and its kind — the {@code stepKind} property
 * ({@code <camunda:property name="stepKind" value="WAREHOUSE"/>}) that gives a department or approval step its own
 * SLA row. A task without the property is the ticket's own handling. Read once per process definition and element.
 */
record StepModel(String name, String kind) {

    static final String KIND_PROPERTY = "stepKind";

    private static final Map<String, StepModel> CACHE = new ConcurrentHashMap<>();

    /** The step model of a user task element; {@code null} when the element is not a user task. */
    static StepModel of(String processDefinitionId, FlowElement element) {
        if (!(element instanceof UserTask task)) {
            return null;
        }
        return CACHE.computeIfAbsent(processDefinitionId + "#" + task.getId(), key -> read(task));
    }

    private static StepModel read(UserTask task) {
        String kind = null;
        if (task.getExtensionElements() != null) {
            for (CamundaProperties properties : task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (KIND_PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null
                            && !property.getCamundaValue().isBlank()) {
                        kind = property.getCamundaValue().strip();
                    }
                }
            }
        }
        return new StepModel(task.getName() == null ? task.getId() : task.getName(), kind);
    }
}
