package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.process.JourneyNames;
import io.ticketflow.support.LifecycleElements;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.BrowserSession;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What each role may do inside the engine, through {@code /engine-rest} and through the API the Camunda webapps use:
 * the attacks of issue 13 refused, nothing changed, and every action on a ticket recorded with its real actor.
 */
class EngineRoleBoundariesIT extends ApiIntegrationTest {

    @Autowired
    private TaskService taskService;

    @Autowired
    private ManagementService managementService;

    @Autowired
    private RuntimeService runtimeService;

    @Test
    void anAnalystCannotCompleteAnAgentsTask() {
        Ticket ticket = newTicket();

        ResponseEntity<JsonNode> complete = call(TestUsers.ANALYST, HttpMethod.POST,
                "/engine-rest/task/" + ticket.taskId() + "/complete", Map.of());

        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(ticket.taskId()).count()).isEqualTo(1);
        assertThat(status(ticket)).isIn("OPEN", "IN_PROGRESS");
    }

    @Test
    void anAnalystCannotMoveSlaTimersOrWriteVariables() {
        Ticket ticket = newTicket();
        Job timer = managementService.createJobQuery().processInstanceId(ticket.processInstanceId()).timers()
                .list().get(0);

        ResponseEntity<JsonNode> move = call(TestUsers.ANALYST, HttpMethod.PUT,
                "/engine-rest/job/" + timer.getId() + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0000"));
        ResponseEntity<JsonNode> write = call(TestUsers.ANALYST, HttpMethod.PUT, "/engine-rest/process-instance/"
                + ticket.processInstanceId() + "/variables/assignedGroup", Map.of("value", "vip-care", "type", "String"));

        assertThat(move.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Date due = managementService.createJobQuery().jobId(timer.getId()).singleResult().getDuedate();
        assertThat(due).isEqualTo(timer.getDuedate());
        assertThat(runtimeService.getVariable(ticket.processInstanceId(), JourneyNames.VAR_ASSIGNED_GROUP))
                .isEqualTo("repair-east");
    }

    @Test
    void anIntegratorReadsNoTicketVariablesAndStartsNoProcessThroughTheEngine() {
        Ticket ticket = newTicket();

        assertThat(call(TestUsers.INTEGRATOR, HttpMethod.GET, "/engine-rest/process-instance/"
                + ticket.processInstanceId() + "/variables", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(call(TestUsers.INTEGRATOR, HttpMethod.GET, "/engine-rest/variable-instance", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long instances = runtimeService.createProcessInstanceQuery().count();
        ResponseEntity<JsonNode> start = call(TestUsers.INTEGRATOR, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + LifecycleElements.PROCESS_KEY + "/start", Map.of());
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void aLifecycleStartedByHandIsAProblemWithoutInternals() {
        ResponseEntity<JsonNode> start = call(TestUsers.ADMIN, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + LifecycleElements.PROCESS_KEY + "/start", Map.of());

        assertThat(start.getStatusCode().is4xxClientError()).as("%s", start.getBody()).isTrue();
        assertThat(start.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(start.getBody().toString()).doesNotContainIgnoringCase("select").doesNotContain("java.")
                .doesNotContain(".jar").doesNotContain("Exception");
    }

    @Test
    void anAdminsOwnProcessWithAUserTaskRunsThroughTheEngineAndMakesNoStep() {
        String process = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://ticketflow.io/test">
                  <process id="AdminsOwnProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="Start"/>
                    <sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Check"/>
                    <userTask id="Task_Check" camunda:candidateGroups="admin"/>
                  </process>
                </definitions>""";
        assertThat(deploy(TestUsers.ADMIN, "admins-own", "admins-own.bpmn", process, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        long steps = count("tf_ticket_step");

        ResponseEntity<JsonNode> start = call(TestUsers.ADMIN, HttpMethod.POST,
                "/engine-rest/process-definition/key/AdminsOwnProcess/start", Map.of());

        assertThat(start.getStatusCode()).as("%s", start.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(taskService.createTaskQuery().processInstanceId(start.getBody().get("id").asText()).count())
                .isEqualTo(1);
        assertThat(count("tf_ticket_step")).isEqualTo(steps);
    }

    @Test
    void agentsHaveNoEngineRestApi() {
        assertThat(call(TestUsers.AGENT_EAST, HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aTaskCompletedThroughTheEngineRecordsTheRealActor() {
        Ticket ticket = newTicket();

        ResponseEntity<JsonNode> complete = call(TestUsers.ADMIN, HttpMethod.POST,
                "/engine-rest/task/" + ticket.taskId() + "/complete", Map.of("variables",
                        Map.of(JourneyNames.VAR_RESOLVED_BY, Map.of("value", TestUsers.AGENT_EAST))));

        assertThat(complete.getStatusCode()).as("%s", complete.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select actor from tf_ticket_event where ticket_id = ? and event_type = ?",
                String.class, ticket.id(), "RESOLVED")).isEqualTo(TestUsers.ADMIN);
    }

    @Test
    void tasklistCompletesATaskWithItsFormButSmugglesNoVariable() {
        Ticket mine = newTicket();
        Ticket other = newTicket();
        BrowserSession session = BrowserSession.login(http, TestUsers.AGENT_EAST).withWebappToken();
        String engine = "/camunda/api/engine/engine/default/task/" + mine.taskId();

        ResponseEntity<JsonNode> smuggle = session.post(engine + "/submit-form", Map.of("variables", Map.of(
                "outcome", Map.of("value", "RESOLVED"), JourneyNames.VAR_TICKET_ID,
                Map.of("value", other.id(), "type", "Long"))));
        ResponseEntity<JsonNode> direct = session.post("/camunda/api/engine/engine/default/process-instance/"
                + mine.processInstanceId() + "/variables", Map.of("modifications", Map.of(
                        JourneyNames.VAR_TICKET_ID, Map.of("value", other.id(), "type", "Long"))));

        assertThat(smuggle.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(smuggle.getBody().get("detail").asText()).contains(JourneyNames.VAR_TICKET_ID);
        assertThat(direct.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(other)).isIn("OPEN", "IN_PROGRESS");

        ResponseEntity<JsonNode> form = session.post(engine + "/submit-form",
                Map.of("variables", Map.of("outcome", Map.of("value", "RESOLVED"))));

        assertThat(form.getStatusCode()).as("%s", form.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(mine)).isEqualTo("RESOLVED");
        assertThat(status(other)).isIn("OPEN", "IN_PROGRESS");
        assertThat(jdbc.queryForObject("select actor from tf_ticket_event where ticket_id = ? and event_type = ?",
                String.class, mine.id(), "RESOLVED")).isEqualTo(TestUsers.AGENT_EAST);
    }

    @Test
    void tasklistCompletesAStepOnlyThroughItsCheckedFormAndItsTextStaysOutOfTheEngine() {
        long id = createTicket(TicketFixture.ticket("WEB", "COMPLAINT", "EAST", "STANDARD")).get("id").asLong();
        String processInstanceId = jdbc.queryForObject("select process_instance_id from tf_ticket where id = ?",
                String.class, id);
        String triage = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        BrowserSession session = BrowserSession.login(http, TestUsers.AGENT_VIP).withWebappToken();
        String engine = "/camunda/api/engine/engine/default/task/" + triage;
        Map<String, Object> answers = Map.of("needsWarehouse", Map.of("value", false),
                "needsLogistics", Map.of("value", false), "needsFinance", Map.of("value", false),
                "refundAmount", Map.of("value", 0, "type", "Long"),
                "triageNote", Map.of("value", "Kept out of the engine", "type", "String"));

        ResponseEntity<JsonNode> unchecked = session.post(engine + "/complete", Map.of("variables", answers));
        ResponseEntity<JsonNode> negative = session.post(engine + "/submit-form", Map.of("variables",
                Map.of("needsWarehouse", Map.of("value", false), "needsLogistics", Map.of("value", false),
                        "needsFinance", Map.of("value", true), "refundAmount", Map.of("value", -70000,
                                "type", "Long"))));

        assertThat(unchecked.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Refused by the engine's form validation (in the webapps' own error format: security.md, Known limits).
        assertThat(negative.getStatusCode().is2xxSuccessful()).as("%s", negative.getBody()).isFalse();
        assertThat(negative.getBody().toString()).contains("refundAmount");
        assertThat(taskService.createTaskQuery().taskId(triage).count()).isEqualTo(1);

        ResponseEntity<JsonNode> form = session.post(engine + "/submit-form", Map.of("variables", answers));

        assertThat(form.getStatusCode()).as("%s", form.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where PROC_INST_ID_ = ? and NAME_ = ?",
                Integer.class, processInstanceId, "triageNote")).isZero();
        assertThat(jdbc.queryForObject("select detail from tf_ticket_event where ticket_id = ? and event_type = ?",
                String.class, id, "STEP_DONE")).contains("triageNote=\"Kept out of the engine\"");
    }

    @Test
    void aTrailingSlashOrAnotherTaskActionDoesNotOpenTheFence() {
        Ticket mine = newTicket();
        Ticket other = newTicket();
        BrowserSession session = BrowserSession.login(http, TestUsers.AGENT_EAST).withWebappToken();
        String engine = "/camunda/api/engine/engine/default/task/" + mine.taskId();
        Map<String, Object> smuggled = Map.of("variables", Map.of("outcome", Map.of("value", "RESOLVED"),
                JourneyNames.VAR_TICKET_ID, Map.of("value", other.id(), "type", "Long")));

        for (String action : List.of("/complete/", "/submit-form/", "/complete//", "/resolve", "/bpmnError",
                "/bpmnEscalation", "/localVariables", "/variables/x/")) {
            ResponseEntity<JsonNode> answer = session.post(engine + action,
                    action.startsWith("/bpmn") ? Map.of("errorCode", "x", "escalationCode", "x",
                            "variables", Map.of("probe", Map.of("value", "x"))) : smuggled);
            assertThat(answer.getStatusCode().value()).as(action).isIn(400, 403);
        }

        assertThat(status(other)).isIn("OPEN", "IN_PROGRESS");
        assertThat(status(mine)).isIn("OPEN", "IN_PROGRESS");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(mine.processInstanceId()).count())
                .isEqualTo(1);
        assertThat(runtimeService.getVariable(mine.processInstanceId(), "probe")).isNull();
    }

    @Test
    void anAnalystCannotRedeployOrDeleteDeploymentsThroughTheWebapps() {
        Ticket ticket = newTicket();
        String deployment = jdbc.queryForObject("select DEPLOYMENT_ID_ from ACT_RE_PROCDEF where ID_ = "
                + "(select PROC_DEF_ID_ from ACT_RU_EXECUTION where ID_ = ?)", String.class,
                ticket.processInstanceId());
        BrowserSession session = BrowserSession.login(http, TestUsers.ANALYST).withWebappToken();
        String engine = "/camunda/api/engine/engine/default/deployment/" + deployment;

        assertThat(session.post(engine + "/redeploy", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(session.send(HttpMethod.DELETE, engine + "?cascade=true", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(ticket.processInstanceId())
                .count()).isEqualTo(1);
    }

    @Test
    void aTransferTakesTheTaskFromTheOldTeamInTasklistToo() {
        Ticket ticket = newTicket();
        ResponseEntity<JsonNode> moved = call(TestUsers.SUPERVISOR, HttpMethod.POST, "/api/tickets/" + ticket.id()
                + "/transfers", Map.of("team", "vip-care", "reason", "VIP customer after all"));
        assertThat(moved.getStatusCode().is2xxSuccessful()).as("%s", moved.getBody()).isTrue();
        BrowserSession session = BrowserSession.login(http, TestUsers.AGENT_EAST).withWebappToken();

        ResponseEntity<JsonNode> complete = session.post("/camunda/api/engine/engine/default/task/"
                + ticket.taskId() + "/submit-form", Map.of("variables", Map.of("outcome", Map.of("value", "RESOLVED"))));

        assertThat(complete.getStatusCode().value()).isIn(403, 404);
        assertThat(status(ticket)).isIn("OPEN", "IN_PROGRESS");
    }

    @Test
    void aTaskIsClaimedForOneselfOnly() {
        Ticket ticket = newTicket();
        BrowserSession session = BrowserSession.login(http, TestUsers.AGENT_EAST).withWebappToken();
        String claim = "/camunda/api/engine/engine/default/task/" + ticket.taskId() + "/claim";

        assertThat(session.post(claim, Map.of("userId", TestUsers.INTEGRATOR)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(ticket.taskId()).singleResult().getAssignee()).isNull();
        assertThat(session.post(claim, Map.of("userId", TestUsers.AGENT_EAST)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(ticket.taskId()).singleResult().getAssignee())
                .isEqualTo(TestUsers.AGENT_EAST);
    }

    private record Ticket(long id, String processInstanceId, String taskId) {
    }

    private Ticket newTicket() {
        long id = createTicket(TicketFixture.repairTicketInTheEast()).get("id").asLong();
        String processInstanceId = jdbc.queryForObject("select process_instance_id from tf_ticket where id = ?",
                String.class, id);
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        return new Ticket(id, processInstanceId, task.getId());
    }

    private String status(Ticket ticket) {
        return jdbc.queryForObject("select status from tf_ticket where id = ?", String.class, ticket.id());
    }
}
