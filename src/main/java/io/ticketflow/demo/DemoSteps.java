package io.ticketflow.demo;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Works a demo ticket's open step as a demo user would in the task list: claim it, then complete it. */
@Component
@Profile("demo")
class DemoSteps {

    private final IdentityService identityService;
    private final TaskService taskService;

    DemoSteps(IdentityService identityService, TaskService taskService) {
        this.identityService = identityService;
        this.taskService = taskService;
    }

    /** The one open step of the process; who works it is its assignee when it has one, else {@code user}. */
    String complete(String processInstanceId, String user, List<String> groups, Map<String, Object> answers) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        String worker = task.getAssignee() != null ? task.getAssignee() : user;
        identityService.setAuthentication(worker, groups);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), worker);
            }
            taskService.complete(task.getId(), transientText(answers));
        } finally {
            identityService.clearAuthentication();
        }
        return worker;
    }

    /** Text answers pass for the moment of completion only, as the task API passes them (the timeline keeps them). */
    private static VariableMap transientText(Map<String, Object> answers) {
        VariableMap variables = Variables.createVariables();
        answers.forEach((name, value) -> variables.putValueTyped(name, value instanceof String text
                ? Variables.stringValue(text, true) : Variables.untypedValue(value)));
        return variables;
    }
}
