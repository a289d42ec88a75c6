package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.ticketflow.notification.OutboxDispatcher;
import io.ticketflow.sla.calendar.CalendarFile;
import io.ticketflow.sla.calendar.WorkingCalendar;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.BrowserSession;
import io.ticketflow.support.LifecycleElements;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * SLA timers on the real process, tables and calendars: the engine clock is moved to each due time and the timer
 * job executed; e-mails go through the outbox to GreenMail.
 */
class SlaEscalationIT extends ApiIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    private ManagementService managementService;

    @Autowired
    private OutboxDispatcher outboxDispatcher;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private SlaEscalations escalations;

    @Test
    void aMissedFirstResponseTellsTheTeamSupervisorOnceThenTheRegionalManager() throws Exception {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();
        String process = created.get("processInstanceId").asText();
        JsonNode firstResponse = sla(id, "FIRST_RESPONSE");
        assertThat(firstResponse.get("policy").asText()).contains("row \"WeChat official account\"");

        fire(process, LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED);

        JsonNode ticket = ticket(id);
        assertThat(ticket.get("slaBreached").asBoolean()).isTrue();
        assertThat(ticket.get("priority").asText()).as("raised from NORMAL").isEqualTo("HIGH");
        assertThat(sla(id, "FIRST_RESPONSE").get("breached").asBoolean()).isTrue();
        assertThat(events(ticket)).contains("SLA_BREACHED");
        JsonNode outbox = get(TestUsers.SUPERVISOR, "/api/notifications?limit=1000&ticketId=" + id).getBody();
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).get("kind").asText()).isEqualTo("SLA_BREACH");
        assertThat(outbox.get(0).get("recipientUser").asText()).isEqualTo(TestUsers.SUPERVISOR);
        assertThat(outbox.get(0).get("status").asText()).isEqualTo("PENDING");

        String number = created.get("number").asText();
        outboxDispatcher.dispatchDue();
        List<MimeMessage> mails = mailsAbout(number);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getAllRecipients()[0].toString())
                .isEqualTo(TestUsers.SUPERVISOR + "@tests.ticketflow.example");
        assertThat(mails.get(0).getSubject()).startsWith("[" + number + "] first response overdue")
                .contains("Test Customer (STANDARD)");
        assertThat(mails.get(0).getContent().toString()).contains("missed its first response target", "repair-east",
                "/api/tickets/" + id, "escalation level 1");
        assertThat(mails.get(0).getMessageID()).isEqualTo(outbox.get(0).get("messageId").asText());

        assertThat(escalations.escalate(id, SlaTarget.FIRST_RESPONSE, 1).happened()).as("at most once").isFalse();
        outboxDispatcher.dispatchDue();
        assertThat(mailsAbout(number)).hasSize(1);
        assertThat(get(TestUsers.SUPERVISOR, "/api/notifications?limit=1000&ticketId=" + id).getBody().get(0)
                .get("status").asText()).isEqualTo("SENT");

        fire(process, LifecycleElements.EVENT_FIRST_RESPONSE_LEVEL_TWO_DUE);
        outboxDispatcher.dispatchDue();

        // GreenMail lists mails mailbox by mailbox, not in sending order: compare recipients, not positions.
        List<String> recipients = new ArrayList<>();
        for (MimeMessage mail : mailsAbout(number)) {
            recipients.add(mail.getAllRecipients()[0].toString());
        }
        assertThat(recipients).containsExactlyInAnyOrder(TestUsers.SUPERVISOR + "@tests.ticketflow.example",
                TestUsers.MANAGER_EAST + "@tests.ticketflow.example");
        assertThat(events(ticket(id))).contains("SLA_ESCALATED");
        JsonNode open = get(TestUsers.SUPERVISOR, "/api/escalations?limit=1000").getBody();
        assertThat(levelsOf(open, id)).containsExactly(1, 2);
        JsonNode regional = get(TestUsers.MANAGER_EAST, "/api/escalations?limit=1000").getBody();
        assertThat(levelsOf(regional, id)).as("the EAST region's manager sees it too").containsExactly(1, 2);
        assertThat(get(TestUsers.AGENT_VIP, "/api/escalations").getStatusCode()).as("supervisors only")
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode breaches = get(TestUsers.SUPERVISOR, "/api/sla/breaches?group=repair-east&region=EAST").getBody();
        assertThat(breaches.findValuesAsText("ticketId")).contains(String.valueOf(id));
    }

    @Test
    void theTimersAreDueWhenTheStoredScheduleSaysAndTheProcessKeepsNoCopyOfIt() {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();
        String process = created.get("processInstanceId").asText();
        JsonNode firstResponse = sla(id, "FIRST_RESPONSE");
        JsonNode resolution = sla(id, "RESOLUTION");

        assertThat(dueAt(process, LifecycleElements.BOUNDARY_FIRST_RESPONSE_DUE_SOON))
                .isEqualTo(Instant.parse(firstResponse.get("warnAt").asText()));
        assertThat(dueAt(process, LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED))
                .isEqualTo(Instant.parse(firstResponse.get("dueAt").asText()));
        assertThat(dueAt(process, LifecycleElements.BOUNDARY_RESOLUTION_DUE_SOON))
                .isEqualTo(Instant.parse(resolution.get("warnAt").asText()));
        assertThat(dueAt(process, LifecycleElements.BOUNDARY_RESOLUTION_BREACHED))
                .isEqualTo(Instant.parse(resolution.get("dueAt").asText()));
        assertThat(runtimeService.getVariables(process).keySet()).noneMatch(name -> name.startsWith("sla"));

        fire(process, LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED);
        Instant levelTwo = jdbc.queryForObject(
                "select level2_at from tf_ticket_sla where ticket_id = ? and target = ?", Timestamp.class, id,
                "FIRST_RESPONSE").toInstant();
        assertThat(dueAt(process, LifecycleElements.EVENT_FIRST_RESPONSE_LEVEL_TWO_DUE)).as("created after the breach")
                .isEqualTo(levelTwo);
    }

    private Instant dueAt(String processInstanceId, String activityId) {
        return job(processInstanceId, activityId).getDuedate().toInstant();
    }

    @Test
    void aWarningGoesToTheAssigneeBeforeTheTargetIsDue() {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();
        post(TestUsers.AGENT_EAST, "/api/tasks/" + taskOf(TestUsers.AGENT_EAST, id) + "/claim", null);

        fire(created.get("processInstanceId").asText(), LifecycleElements.BOUNDARY_FIRST_RESPONSE_DUE_SOON);

        JsonNode outbox = get(TestUsers.SUPERVISOR, "/api/notifications?limit=1000&ticketId=" + id).getBody();
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).get("recipientUser").asText()).isEqualTo(TestUsers.AGENT_EAST);
        assertThat(outbox.get(0).get("subject").asText()).contains("first response due in");
        assertThat(ticket(id).get("slaBreached").asBoolean()).isFalse();
        assertThat(events(ticket(id))).contains("SLA_WARNING");
    }

    @Test
    void theSupervisorSeesTheEscalationInTheConsoleAndTransfersItInOneStep() {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();
        fire(created.get("processInstanceId").asText(), LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED);
        BrowserSession supervisor = BrowserSession.login(http, TestUsers.SUPERVISOR);

        String page = supervisor.page("/console/escalations", "en").getBody();
        MultiValueMap<String, String> transfer = new LinkedMultiValueMap<>();
        transfer.add("team", "vip-care");
        transfer.add("reason", "Escalated: FIRST_RESPONSE missed (level 1)");
        ResponseEntity<String> moved = supervisor.submit("/console/escalations", "/console/tickets/" + id
                + "/transfer", transfer);

        assertThat(page).contains(created.get("number").asText(), "FIRST_RESPONSE",
                "action=\"/console/tickets/" + id + "/transfer\"");
        assertThat(moved.getHeaders().getLocation().toString()).contains("done=transferred");
        assertThat(ticket(id).get("assignedGroup").asText()).isEqualTo("vip-care");
        assertThat(BrowserSession.login(http, TestUsers.AGENT_EAST).page("/console/escalations", "en")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMemberOfStaffWhoReadsChineseGetsTheWarningInChinese() {
        assertThat(call(TestUsers.AGENT_EAST, HttpMethod.PUT, "/api/users/" + TestUsers.AGENT_EAST + "/language",
                Map.of("language", "zh")).getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
            long id = created.get("id").asLong();
            post(TestUsers.AGENT_EAST, "/api/tasks/" + taskOf(TestUsers.AGENT_EAST, id) + "/claim", null);

            fire(created.get("processInstanceId").asText(), LifecycleElements.BOUNDARY_FIRST_RESPONSE_DUE_SOON);

            JsonNode warning = get(TestUsers.SUPERVISOR, "/api/notifications?ticketId=" + id).getBody().get(0);
            assertThat(warning.get("subject").asText()).contains("将在").doesNotContain("due in");
            assertThat(warning.get("body").asText()).startsWith(TestUsers.AGENT_EAST + "，您好");
        } finally {
            call(TestUsers.ADMIN, HttpMethod.PUT, "/api/users/" + TestUsers.AGENT_EAST + "/language",
                    Map.of("language", "en"));
        }
        assertThat(call(TestUsers.AGENT_NORTH, HttpMethod.PUT, "/api/users/" + TestUsers.AGENT_EAST + "/language",
                Map.of("language", "zh")).getStatusCode()).as("not theirs to set").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReplyInTimeMeetsTheFirstResponseAndItsTimerLaterDoesNothing() {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();

        assertThat(post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies",
                Map.of("message", "We are on it")).getStatusCode()).isEqualTo(HttpStatus.OK);
        fire(created.get("processInstanceId").asText(), LifecycleElements.BOUNDARY_FIRST_RESPONSE_BREACHED);

        JsonNode ticket = ticket(id);
        assertThat(sla(id, "FIRST_RESPONSE").get("metAt").asText()).isNotBlank();
        assertThat(sla(id, "FIRST_RESPONSE").get("breached").asBoolean()).isFalse();
        assertThat(ticket.get("slaBreached").asBoolean()).isFalse();
        assertThat(ticket.get("firstResponseAt").asText()).isNotBlank();
        assertThat(get(TestUsers.SUPERVISOR, "/api/notifications?limit=1000&ticketId=" + id).getBody()).isEmpty();
    }

    @Test
    void waitingOnTheCustomerMovesTheDueTimesByExactlyThePausedBusinessTime() throws IOException {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();
        String process = created.get("processInstanceId").asText();
        Instant dueBefore = Instant.parse(sla(id, "RESOLUTION").get("dueAt").asText());
        Instant pausedAt = ClockUtil.now().toInstant();

        JsonNode pending = post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies",
                Map.of("message", "Which model is it?", "awaitCustomer", true)).getBody();
        assertThat(pending.get("status").asText()).isEqualTo("PENDING_CUSTOMER");
        assertThat(sla(id, "RESOLUTION").get("pausedNow").asBoolean()).isTrue();
        assertThat(job(process, LifecycleElements.BOUNDARY_RESOLUTION_BREACHED).isSuspended()).isTrue();

        Instant resumedAt = pausedAt.plus(Duration.ofDays(3)).plus(Duration.ofHours(5));
        ClockUtil.setCurrentTime(Date.from(resumedAt));
        JsonNode resumed = post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/customer-replies",
                Map.of("message", "It is the WM-800")).getBody();

        WorkingCalendar east = CalendarFile.parse(Files.readAllBytes(Path.of("rules/calendars.yaml")),
                "calendars.yaml").calendar("CN");
        Instant dueAfter = Instant.parse(sla(id, "RESOLUTION").get("dueAt").asText());
        Duration paused = east.between(pausedAt, resumedAt);
        assertThat(resumed.get("status").asText()).isEqualTo("OPEN");
        assertThat(east.between(dueBefore, dueAfter)).isCloseTo(paused, Duration.ofSeconds(1));
        assertThat(dueAfter).isAfter(dueBefore);
        Job breach = job(process, LifecycleElements.BOUNDARY_RESOLUTION_BREACHED);
        assertThat(breach.isSuspended()).isFalse();
        assertThat(breach.getDuedate().toInstant()).isEqualTo(dueAfter);
        assertThat(managementService.createJobQuery().processInstanceId(process)
                .activityId(LifecycleElements.BOUNDARY_RESOLUTION_BREACHED).count()).as("no duplicate timer").isOne();
        assertThat(events(ticket(id))).contains("AWAITING_CUSTOMER", "CUSTOMER_REPLIED", "SLA_RESUMED");
    }

    @Test
    void aRejectedResolutionOpensTheResolutionTargetAgainWithTheResolvedTimeAsAPause() throws IOException {
        JsonNode created = createTicket(TicketFixture.repairTicketInTheEast());
        long id = created.get("id").asLong();
        String process = created.get("processInstanceId").asText();
        Instant dueBefore = Instant.parse(sla(id, "RESOLUTION").get("dueAt").asText());
        Instant resolvedAt = ClockUtil.now().toInstant();
        post(TestUsers.AGENT_EAST, "/api/tasks/" + taskOf(TestUsers.AGENT_EAST, id) + "/complete",
                Map.of("outcome", "RESOLVED"));
        assertThat(sla(id, "RESOLUTION").get("metAt").asText()).isNotBlank();

        Instant rejectedAt = resolvedAt.plus(Duration.ofDays(1));
        ClockUtil.setCurrentTime(Date.from(rejectedAt));
        post(TestUsers.INTEGRATOR, "/api/tickets/" + id + "/confirmation", Map.of("accepted", false));

        JsonNode resolution = sla(id, "RESOLUTION");
        Instant dueAfter = Instant.parse(resolution.get("dueAt").asText());
        WorkingCalendar east = CalendarFile.parse(Files.readAllBytes(Path.of("rules/calendars.yaml")),
                "calendars.yaml").calendar("CN");
        assertThat(resolution.has("metAt")).isFalse();
        assertThat(east.between(dueBefore, dueAfter)).isCloseTo(east.between(resolvedAt, rejectedAt),
                Duration.ofSeconds(1));
        assertThat(job(process, LifecycleElements.BOUNDARY_RESOLUTION_BREACHED).getDuedate().toInstant())
                .as("the re-created task's timer reads the moved due date").isEqualTo(dueAfter);
    }

    /** Moves the engine clock to the timer's due time and fires it, as the job executor would. */
    private void fire(String processInstanceId, String timerId) {
        Job timer = job(processInstanceId, timerId);
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
        managementService.executeJob(timer.getId());
    }

    private Job job(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .singleResult();
    }

    private static List<MimeMessage> mailsAbout(String ticketNumber) throws MessagingException {
        List<MimeMessage> about = new ArrayList<>();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (mail.getSubject().startsWith("[" + ticketNumber + "]")) {
                about.add(mail);
            }
        }
        return about;
    }

    private JsonNode ticket(long id) {
        return get(TestUsers.SUPERVISOR, "/api/tickets/" + id).getBody();
    }

    private JsonNode sla(long id, String target) {
        for (JsonNode figure : ticket(id).get("sla")) {
            if (figure.get("target").asText().equals(target)) {
                return figure;
            }
        }
        throw new AssertionError("No " + target + " SLA on ticket " + id);
    }

    private static List<String> events(JsonNode ticket) {
        List<String> events = new ArrayList<>();
        ticket.get("timeline").forEach(entry -> events.add(entry.get("event").asText()));
        return events;
    }

    private static List<Integer> levelsOf(JsonNode escalations, long ticketId) {
        List<Integer> levels = new ArrayList<>();
        escalations.forEach(e -> {
            if (e.get("ticketId").asLong() == ticketId) {
                levels.add(e.get("level").asInt());
            }
        });
        return levels;
    }
}
