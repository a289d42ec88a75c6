package io.ticketflow.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a journey's model says about one of its user tasks: its name, and its kind — the {@code stepKind} property
 * ({@code <camunda:property name="stepKind" value="WAREHOUSE"/>}) that gives a department or approval step its own
 * SLA row — the ids of its form's fields, and whether it has timers of its own (they open its step before the task
 * exists). A task without the property is the ticket's own handling. {@code customerStage}
 * ({@code <camunda:property name="customerStage" value="APPOINTMENT"/>}) marks a step the customer is told about
 * when it starts (rules/customer-notifications.drl.csv picks the message). Read once per process definition and
 * element.
 */
record StepModel(String name, String kind, String customerStage, List<String> formFields, boolean timed,
        String processKey) {

    static final String KIND_PROPERTY = "stepKind";
    static final String CUSTOMER_STAGE_PROPERTY = "customerStage";
    /** The bean a step's own timers ask for their dates. */
    static final String STEP_TIMERS = "stepDueDates";

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
        String customerStage = null;
        List<String> formFields = new ArrayList<>();
        if (task.getExtensionElements() != null) {
            for (CamundaFormData form : task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaFormData.class).list()) {
                form.getCamundaFormFields().forEach(field -> formFields.add(field.getCamundaId()));
            }
            for (CamundaProperties properties : task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (KIND_PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null
                            && !property.getCamundaValue().isBlank()) {
                        kind = property.getCamundaValue().strip();
                    }
                    if (CUSTOMER_STAGE_PROPERTY.equals(property.getCamundaName())
                            && property.getCamundaValue() != null && !property.getCamundaValue().isBlank()) {
                        customerStage = property.getCamundaValue().strip();
                    }
                }
            }
        }
        boolean timed = task.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo() == task)
                .flatMap(boundary -> boundary.getEventDefinitions().stream())
                .anyMatch(definition -> definition instanceof TimerEventDefinition timer
                        && timer.getTimeDate() != null && timer.getTimeDate().getTextContent().contains(STEP_TIMERS));
        ModelElementInstance parent = task.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return new StepModel(task.getName() == null ? task.getId() : task.getName(), kind, customerStage,
                List.copyOf(formFields), timed, parent == null ? null : ((Process) parent).getId());
    }
}
