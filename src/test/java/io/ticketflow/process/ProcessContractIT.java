package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.LifecycleElements;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The process contract where attackers would meet it: deployments through {@code /engine-rest} refused with the
 * reason and nothing stored, the analyst's correct deployment still accepted, and the engine's expressions unable to
 * reach anything but the process beans even when evaluated directly.
 */
class ProcessContractIT extends ApiIntegrationTest {

    private static final String DEPLOY = "/engine-rest/deployment/create";

    @Autowired
    private RepositoryService repositoryService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private ProcessEngineConfiguration engineConfiguration;

    @AfterEach
    void removeTestDeployments() {
        repositoryService.createDeploymentQuery().deploymentName("contract-test").list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void aServiceTaskExpressionCannotReachTheRuntimeThroughADeployment() {
        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "evil.bpmn", process("""
                <startEvent id="Start"/>
                <serviceTask id="Task_Evil" camunda:expression="${&quot;&quot;.getClass().forName(&quot;java.lang.Runtime&quot;).getRuntime().exec(&quot;touch /tmp/ticketflow-pwned&quot;)}"/>
                <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Evil"/>"""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("evil.bpmn").contains("Task_Evil")
                .contains("calls a method of a value");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("EvilProcess").count())
                .isZero();
        assertThat(Path.of("/tmp/ticketflow-pwned")).doesNotExist();
    }

    @Test
    void aTimerStartedProcessCannotAddAnAdmin() {
        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "timer.bpmn", process("""
                <startEvent id="Start_Timer">
                  <extensionElements>
                    <camunda:executionListener event="start" expression="${execution.processEngineServices.identityService.createMembership('analystAndy', 'camunda-admin')}"/>
                  </extensionElements>
                  <timerEventDefinition><timeCycle>R/PT1S</timeCycle></timerEventDefinition>
                </startEvent>"""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("Start_Timer");
        assertThat(repositoryService.createDeploymentQuery().deploymentName("contract-test").count()).isZero();
        assertThat(identityService.createUserQuery().userId(TestUsers.ANALYST).memberOfGroup("camunda-admin")
                .count()).isZero();
    }

    @Test
    void theWebhookSecretCannotBeReadIntoAVariable() {
        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "secret.bpmn", process("""
                <startEvent id="Start"/>
                <serviceTask id="Task_Leak" camunda:expression="${environment.getProperty('ticketflow.intake.integrations.WECHAT.secret')}" camunda:resultVariable="leak"/>
                <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Leak"/>"""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("Task_Leak");
    }

    @Test
    void aShellTaskCannotRunACommand() {
        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "shell.bpmn", process("""
                <startEvent id="Start"><timerEventDefinition><timeDate>2026-01-01T00:00:00Z</timeDate></timerEventDefinition></startEvent>
                <serviceTask id="Task_Shell" camunda:type="shell"/>
                <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Shell"/>"""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("Task_Shell").contains("camunda:type");
    }

    @Test
    void aConditionInAScriptLanguageSplitByACommentIsRefused() {
        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "juel.bpmn", process("""
                <startEvent id="Start"/>
                <endEvent id="End"/>
                <sequenceFlow id="Flow_Juel" sourceRef="Start" targetRef="End">
                  <conditionExpression xsi:type="tFormalExpression" language="juel">$<!-- split -->{"".getClass() != null}</conditionExpression>
                </sequenceFlow>""").replace("xmlns:camunda=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:camunda="));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("Flow_Juel").contains("language")
                .contains("calls a method of a value");
    }

    @Test
    void anAnalystsProcessCannotActOnAnotherTicket() {
        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "forged.bpmn", process("""
                <startEvent id="Start"><timerEventDefinition><timeDate>2026-01-01T00:00:00Z</timeDate></timerEventDefinition></startEvent>
                <serviceTask id="Task_Forge" camunda:delegateExpression="${markTicketResolvedDelegate}">
                  <extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="ticketId">${5}</camunda:inputParameter>
                    <camunda:inputParameter name="resolvedBy">eric</camunda:inputParameter>
                  </camunda:inputOutput></extensionElements>
                </serviceTask>
                <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Forge"/>"""));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("ticketId").contains("resolvedBy");
        assertThat(repositoryService.createDeploymentQuery().deploymentName("contract-test").count()).isZero();
    }

    @Test
    void aScriptHiddenInTheDiagramNamespaceIsRefused() {
        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "diagram.bpmn", process("""
                <startEvent id="Start"/>
                <serviceTask id="Task_Hidden" camunda:expression="${1}"><extensionElements><camunda:inputOutput>
                  <camunda:inputParameter name="x"><bpmndi:script scriptFormat="juel">${1}</bpmndi:script></camunda:inputParameter>
                </camunda:inputOutput></extensionElements></serviceTask>
                <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Hidden"/>""")
                .replace("xmlns:camunda=", "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:camunda="));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("Task_Hidden").contains("script");
    }

    @Test
    void aTenantOrALaterActivationThatWouldStopIntakeIsRefused() throws Exception {
        String lifecycle = Files.readString(Path.of("processes/ticket-lifecycle.bpmn"));
        long versions = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(LifecycleElements.PROCESS_KEY).count();

        ResponseEntity<JsonNode> tenant = deploy(TestUsers.ANALYST, "contract-test", "t.bpmn", lifecycle,
                JsonNode.class, Map.of("tenant-id", "evil"));
        ResponseEntity<JsonNode> later = deploy(TestUsers.ANALYST, "contract-test", "t.bpmn", lifecycle,
                JsonNode.class, Map.of("deployment-activation-time", "2030-01-01T00:00:00.000+0000"));

        assertThat(tenant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(later.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(LifecycleElements.PROCESS_KEY)
                .count()).isEqualTo(versions);
    }

    @Test
    void aScriptOrAnythingButBpmnIsRefused() {
        ResponseEntity<JsonNode> script = deploy(TestUsers.ADMIN, "evil.js", "java.lang.Runtime.getRuntime()");
        assertThat(script.getStatusCode()).as("%s", script.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(deploy(TestUsers.ADMIN, "script.bpmn", process("""
                <startEvent id="Start"/>
                <scriptTask id="Task_Script" scriptFormat="groovy"><script>'id'.execute()</script></scriptTask>
                <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Script"/>"""))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(repositoryService.createDeploymentQuery().deploymentName("contract-test").count()).isZero();
    }

    @Test
    void anAnalystStillDeploysACorrectProcess() throws Exception {
        String lifecycle = Files.readString(Path.of("processes/ticket-lifecycle.bpmn"))
                .replace("id=\"TicketLifecycleProcess\"", "id=\"ContractCopyProcess\"");

        ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "copy.bpmn", lifecycle);

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("ContractCopyProcess")
                .count()).isEqualTo(1);
    }

    @Test
    void anAnalystMayRenameAStepForJavaKnowsNoElementIds() throws Exception {
        String original = Files.readString(Path.of("processes/ticket-lifecycle.bpmn"));
        String renamed = original.replace(LifecycleElements.TASK_HANDLE_TICKET, "Task_WorkOnTicket");
        try {
            ResponseEntity<JsonNode> response = deploy(TestUsers.ANALYST, "ticketflow-processes",
                    "processes/ticket-lifecycle.bpmn", renamed, JsonNode.class);
            assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);

            JsonNode ticket = createTicket(TicketFixture.repairTicketInTheEast());
            long ticketId = ticket.get("id").asLong();
            JsonNode task = taskNodeOf(TestUsers.AGENT_EAST, ticketId);
            assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_WorkOnTicket");

            ResponseEntity<JsonNode> claimed = post(TestUsers.AGENT_EAST, "/api/tasks/" + task.get("id").asText()
                    + "/claim", Map.of());
            assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(get(TestUsers.AGENT_EAST, "/api/tickets/" + ticketId).getBody().get("status").asText())
                    .isEqualTo("IN_PROGRESS");
        } finally {
            deploy(TestUsers.ANALYST, "ticketflow-processes", "processes/ticket-lifecycle.bpmn", original,
                    JsonNode.class);
        }
    }

    @Test
    void expressionsResolveOnlyProcessBeansAndTheirOwnMethods() {
        assertThat(evaluate("${slaDueDates}")).isNotNull();
        assertThatThrownBy(() -> evaluate("${''.getClass().forName('java.lang.Runtime')}"))
                .hasMessageContaining("getClass");
        assertThatThrownBy(() -> evaluate("${environment.getProperty('java.home')}"))
                .hasMessageContaining("environment");
        assertThatThrownBy(() -> evaluate("${ticketService}")).hasMessageContaining("ticketService");
        assertThatThrownBy(() -> evaluate("${slaDueDates.getClass()}")).hasMessageContaining("getClass");
    }

    private Object evaluate(String text) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engineConfiguration;
        Expression expression = configuration.getExpressionManager().createExpression(text);
        return configuration.getCommandExecutorTxRequired()
                .execute(context -> expression.getValue(StartProcessVariableScope.getSharedInstance()));
    }

    private ResponseEntity<JsonNode> deploy(String user, String fileName, String content) {
        return deploy(user, "contract-test", fileName, content, JsonNode.class);
    }

    private static String process(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Evil"
                    targetNamespace="http://ticketflow.io/test">
                  <process id="EvilProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
                """ + body + """
                  </process>
                </definitions>""";
    }
}
