package io.ticketflow.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Proactive maintenance over HTTP: integrators register devices, each shown with its next maintenance by
 * {@code rules/maintenance-plan.drl.csv} (air conditioners "AC-": due 12 months after the purchase or the last
 * service, offered 21 days before; cars "CAR-": 6 months until the first service, then 12); an admin's run opens one
 * offer ticket per due device however often and however concurrently it runs; the team offers the visit, an accepted
 * one becomes a field-service ticket for the device, and its work report of kind MAINTENANCE becomes the device's
 * last service. Dates count from today where the business is; every test has its own serials and customers, so the
 * tests also hold on a MariaDB that earlier runs filled.
 */
class MaintenanceIT extends ApiIntegrationTest {

    private static final String AC_RULE = "Air conditioners: yearly clean";

    @Autowired
    private ManagementService managementService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private TaskService taskService;

    @Autowired
    private ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    private MaintenanceSettings settings;

    @Autowired
    private Clock clock;

    private String run;
    private LocalDate today;

    /** Fresh serials and e-mails; the engine clock held at now, so that "today" cannot turn over mid-test. */
    @BeforeEach
    void freshRun() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ClockUtil.setCurrentTime(new Date());
        today = settings.today(clock);
    }

    @Test
    void registeredDevicesShowTheirNextMaintenanceByThePlanTable() {
        String email = email("owner");
        LocalDate boughtThirteenMonthsAgo = today.minusMonths(13);
        LocalDate dueInTenDays = today.plusDays(10).minusMonths(12);
        LocalDate boughtSixMonthsAgo = today.minusMonths(6);
        LocalDate carBought = today.minusMonths(8);
        LocalDate carServiced = today.minusMonths(2);

        ResponseEntity<JsonNode> due = putDevice(serial("AC-DUE"), device(email, "AC-300", "EAST",
                boughtThirteenMonthsAgo, null));
        ResponseEntity<JsonNode> window = putDevice(serial("AC-WINDOW"), device(email, "AC-300", null, dueInTenDays,
                null));
        ResponseEntity<JsonNode> notDue = putDevice(serial("AC-LATER"), device(email, "AC-500", "EAST",
                boughtSixMonthsAgo, null));
        ResponseEntity<JsonNode> noPlan = putDevice(serial("TV-NOPLAN"), device(email, "TV-55", "EAST",
                boughtThirteenMonthsAgo, null));
        ResponseEntity<JsonNode> car = putDevice(serial("CAR-NEW"), device(email, "CAR-EV1", "NORTH", carBought,
                null));
        ResponseEntity<JsonNode> boughtToday = putDevice(serial("WH-TODAY"), device(email, "WH-80", "EAST", today,
                null));

        assertThat(List.of(due, window, notDue, noPlan, car, boughtToday)).allSatisfy(r ->
                assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(HttpStatus.OK));
        JsonNode dueView = getDevice(serial("AC-DUE"));
        assertThat(dueView.get("serialNumber").asText()).isEqualTo(serial("AC-DUE"));
        assertThat(dueView.get("productModel").asText()).isEqualTo("AC-300");
        assertThat(dueView.get("region").asText()).isEqualTo("EAST");
        assertThat(dueView.get("purchasedOn").asText()).isEqualTo(boughtThirteenMonthsAgo.toString());
        assertThat(absent(dueView, "lastServiceOn")).isTrue();
        assertThat(absent(dueView, "lastOfferedDueOn")).as("no offer yet").isTrue();
        assertThat(next(dueView, "dueOn")).isEqualTo(boughtThirteenMonthsAgo.plusMonths(12));
        assertThat(next(dueView, "offeredFrom")).isEqualTo(boughtThirteenMonthsAgo.plusMonths(12).minusDays(21));
        assertThat(next(dueView, "dueOn")).isBefore(today);
        assertThat(dueView.get("nextMaintenance").get("rule").asText()).contains("maintenance-plan")
                .contains(AC_RULE);
        assertThat(due.getBody()).as("the PUT answers what the GET shows").isEqualTo(dueView);

        JsonNode windowView = getDevice(serial("AC-WINDOW"));
        assertThat(absent(windowView, "region")).as("no region given: the customer's").isTrue();
        assertThat(next(windowView, "dueOn")).isEqualTo(dueInTenDays.plusMonths(12)).isAfter(today);
        assertThat(next(windowView, "offeredFrom")).isBeforeOrEqualTo(today);

        JsonNode laterView = getDevice(serial("AC-LATER"));
        assertThat(next(laterView, "dueOn")).isEqualTo(boughtSixMonthsAgo.plusMonths(12));
        assertThat(next(laterView, "offeredFrom")).isAfter(today);

        JsonNode noPlanView = getDevice(serial("TV-NOPLAN"));
        assertThat(absent(noPlanView, "nextMaintenance"))
                .as("a model no row plans needs no maintenance: %s", noPlanView).isTrue();

        JsonNode carView = getDevice(serial("CAR-NEW"));
        assertThat(next(carView, "dueOn")).as("a car's first service").isEqualTo(carBought.plusMonths(6));
        assertThat(carView.get("nextMaintenance").get("rule").asText()).contains("Cars: first service");
        ResponseEntity<JsonNode> serviced = putDevice(serial("CAR-NEW"), device(email, "CAR-EV1", "NORTH", carBought,
                carServiced));
        assertThat(serviced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(serviced.getBody().get("lastServiceOn").asText()).isEqualTo(carServiced.toString());
        assertThat(next(serviced.getBody(), "dueOn")).as("then yearly, from the last service")
                .isEqualTo(carServiced.plusMonths(12));
        assertThat(serviced.getBody().get("nextMaintenance").get("rule").asText()).contains("Cars: yearly service");

        assertThat(next(boughtToday.getBody(), "dueOn")).as("bought today where the business is")
                .isEqualTo(today.plusMonths(24));

        long customerId = dueView.get("customerId").asLong();
        assertThat(List.of(window, notDue, noPlan, car)).allSatisfy(r ->
                assertThat(r.getBody().get("customerId").asLong()).isEqualTo(customerId));
        ResponseEntity<JsonNode> ofCustomer = get(TestUsers.ADMIN, "/api/customers/" + customerId + "/devices");
        assertThat(ofCustomer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> serials = new ArrayList<>();
        ofCustomer.getBody().forEach(d -> serials.add(d.get("serialNumber").asText()));
        assertThat(serials).containsExactly(serial("AC-DUE"), serial("AC-LATER"), serial("AC-WINDOW"),
                serial("CAR-NEW"), serial("TV-NOPLAN"), serial("WH-TODAY"));
        assertThat(get(TestUsers.INTEGRATOR, "/api/devices/" + serial("AC-DUE")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void badDevicesAreRefusedNamingTheFieldAndStoreNothing() {
        String email = email("bad");
        String serial = serial("AC-BAD");
        LocalDate bought = today.minusMonths(3);

        Map<String, Object> noCustomer = device(email, "AC-300", "EAST", bought, null);
        noCustomer.remove("customer");
        Map<String, Object> noModel = device(email, "AC-300", "EAST", bought, null);
        noModel.remove("productModel");
        List<Map.Entry<String, ResponseEntity<JsonNode>>> refused = List.of(
                Map.entry("productModel", putDevice(serial, device(email, "ac 300", "EAST", bought, null))),
                Map.entry("productModel", putDevice(serial, noModel)),
                Map.entry("region", putDevice(serial, device(email, "AC-300", "ATLANTIS", bought, null))),
                Map.entry("purchasedOn", putDevice(serial, device(email, "AC-300", "EAST", today.plusDays(2),
                        null))),
                Map.entry("purchasedOn", putDevice(serial, device(email, "AC-300", "EAST",
                        LocalDate.of(1899, 12, 31), null))),
                Map.entry("lastServiceOn", putDevice(serial, device(email, "AC-300", "EAST", bought,
                        bought.minusDays(1)))),
                Map.entry("lastServiceOn", putDevice(serial, device(email, "AC-300", "EAST", bought,
                        today.plusDays(1)))),
                Map.entry("customer", putDevice(serial, noCustomer)),
                Map.entry("serialNumber", call(TestUsers.INTEGRATOR, HttpMethod.PUT, "/api/devices/-" + serial,
                        device(email, "AC-300", "EAST", bought, null))));

        assertThat(refused).allSatisfy(field -> {
            ResponseEntity<JsonNode> response = field.getValue();
            assertThat(response.getStatusCode()).as("%s: %s", field.getKey(), response.getBody())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().get("type").asText()).isEqualTo("urn:ticketflow:problem:validation");
            assertThat(response.getBody().get("errors").findValuesAsText("field")).as("%s", response.getBody())
                    .containsExactly(field.getKey());
        });
        assertThat(jdbc.queryForObject("select count(*) from tf_device where serial_number in (?, ?)", Long.class,
                serial, "-" + serial)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tf_customer where email = ?", Long.class, email))
                .as("a refused device creates no customer either").isZero();

        ResponseEntity<JsonNode> unknown = get(TestUsers.ADMIN, "/api/devices/" + serial("NO-SUCH"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aDeviceKeepsItsCustomer() {
        String owner = email("first");
        String serial = serial("AC-KEPT");
        LocalDate bought = today.minusMonths(4);
        ResponseEntity<JsonNode> registered = putDevice(serial, device(owner, "AC-300", "EAST", bought, null));
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> hijack = putDevice(serial, device(email("other"), "WH-80", "NORTH",
                bought.minusYears(1), null));

        assertThat(hijack.getStatusCode()).as("%s", hijack.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(hijack.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode kept = getDevice(serial);
        assertThat(kept.get("customerId").asLong()).isEqualTo(registered.getBody().get("customerId").asLong());
        assertThat(kept.get("productModel").asText()).isEqualTo("AC-300");
        assertThat(kept.get("purchasedOn").asText()).isEqualTo(bought.toString());
        assertThat(putDevice(serial, device(owner, "AC-310", "EAST", bought, null)).getBody().get("productModel")
                .asText()).as("its own customer may update it").isEqualTo("AC-310");
    }

    @Test
    void twoRunsAtOnceAndOneAfterOpenOneOfferPerDueDeviceAndNoneForTheOthers() throws Exception {
        String email = email("runs");
        String other = email("runs-no-region");
        putOk(serial("AC-DUE"), device(email, "AC-300", "EAST", today.minusMonths(13), null));
        putOk(serial("WP-DUE"), device(email, "WP-200", "EAST", today.minusMonths(7), today.minusMonths(6)
                .minusDays(3)));
        putOk(serial("AC-WINDOW"), device(other, "AC-300", null, today.plusDays(10).minusMonths(12), null));
        putOk(serial("AC-LATER"), device(email, "AC-300", "EAST", today.minusMonths(6), null));
        putOk(serial("TV-NOPLAN"), device(email, "TV-55", "EAST", today.minusMonths(40), null));
        assertThat(post(TestUsers.SUPERVISOR, "/api/maintenance/runs", null).getStatusCode())
                .as("runs are for admins").isEqualTo(HttpStatus.FORBIDDEN);

        String first = startRun();
        String second = startRun();
        assertThat(first).isNotEqualTo(second);
        finishTogether(first, second);
        String third = startRun();
        finishByTheJobExecutor(third);

        for (String due : List.of("AC-DUE", "WP-DUE", "AC-WINDOW")) {
            JsonNode device = getDevice(serial(due));
            LocalDate dueOn = next(device, "dueOn");
            assertThat(jdbc.queryForList("select m.due_on from tf_maintenance_ticket m join tf_device d "
                    + "on d.id = m.device_id where d.serial_number = ?", LocalDate.class, serial(due)))
                    .as("one claim for %s", due).containsExactly(dueOn);
            List<Long> offers = offerTickets(serial(due));
            assertThat(offers).as("one offer ticket for %s", due).hasSize(1);
            assertThat(jdbc.queryForObject("select m.ticket_id from tf_maintenance_ticket m join tf_device d "
                    + "on d.id = m.device_id where d.serial_number = ?", Long.class, serial(due)))
                    .isEqualTo(offers.get(0));
            assertThat(device.get("lastOfferedDueOn").asText()).isEqualTo(dueOn.toString());
            JsonNode ticket = ticket(offers.get(0));
            assertThat(ticket.get("category").asText()).isEqualTo("MAINTENANCE_OFFER");
            assertThat(ticket.get("status").asText()).as("waiting for the team").isEqualTo("OPEN");
            assertThat(ticket.get("region").asText()).as("the device's region, else the default").isEqualTo("EAST");
            assertThat(ticket.get("assignedGroup").asText()).isEqualTo("support-l1");
            assertThat(ticket.get("customer").get("id").asLong()).isEqualTo(device.get("customerId").asLong());
            assertThat(ticket.get("subject").asText()).contains(serial(due));
            assertThat(ticket.get("details").get("journey").get("key").asText()).isEqualTo("MaintenanceOffer");
            assertThat(events(ticket)).anySatisfy(e -> assertThat(e).startsWith("MAINTENANCE_DUE")
                    .contains(serial(due)).contains("due on " + dueOn));
            assertThat(taskService.createTaskQuery().processInstanceId(ticket.get("processInstanceId").asText())
                    .singleResult().getTaskDefinitionKey()).isEqualTo("Task_OfferVisit");
        }
        for (String notDue : List.of("AC-LATER", "TV-NOPLAN")) {
            assertThat(offerTickets(serial(notDue))).as("no offer for %s", notDue).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from tf_maintenance_ticket m join tf_device d "
                    + "on d.id = m.device_id where d.serial_number = ?", Long.class, serial(notDue))).isZero();
            assertThat(absent(getDevice(serial(notDue)), "lastOfferedDueOn")).isTrue();
        }
    }

    @Test
    void onlyStaffWhoSeeTheCustomersTicketsSeeTheirDevices() {
        String serial = serial("AC-SEEN");
        JsonNode registered = putOk(serial, device(email("seen"), "AC-300", "EAST", today.minusMonths(13), null));
        long customerId = registered.get("customerId").asLong();

        assertThat(get(TestUsers.AGENT_EAST, "/api/devices/" + serial).getStatusCode())
                .as("a customer without tickets is nobody's yet").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(TestUsers.AGENT_EAST, "/api/customers/" + customerId + "/devices").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        finishByHand(startRun());
        assertThat(offerTickets(serial)).hasSize(1);

        assertThat(get(TestUsers.AGENT_EAST, "/api/devices/" + serial).getStatusCode())
                .as("support-l1 works the offer").isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> ofCustomer = get(TestUsers.AGENT_EAST, "/api/customers/" + customerId + "/devices");
        assertThat(ofCustomer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ofCustomer.getBody()).extracting(d -> d.get("serialNumber").asText()).containsExactly(serial);
        for (String outsider : List.of(TestUsers.AGENT_VIP, TestUsers.ENGINEER_NORTH, TestUsers.SUPERVISOR_NORTH)) {
            ResponseEntity<JsonNode> device = get(outsider, "/api/devices/" + serial);
            assertThat(device.getStatusCode()).as("%s", outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(device.getBody().path("customerId").isMissingNode()).as("%s shows nothing", outsider).isTrue();
            assertThat(get(outsider, "/api/customers/" + customerId + "/devices").getStatusCode()).as("%s", outsider)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(get(TestUsers.ANALYST, "/api/devices/" + serial).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(TestUsers.ADMIN, "/api/customers/987654321/devices").getStatusCode())
                .as("no such customer").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(putDevice(serial, TestUsers.AGENT_EAST, device(email("seen"), "AC-300", "EAST",
                today.minusMonths(13), null)).getStatusCode()).as("only integrators and admins register devices")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAcceptedOfferBecomesAMaintenanceVisitWhoseWorkReportMovesTheNextMaintenance() {
        String serial = serial("AC-VISIT");
        LocalDate bought = today.minusMonths(13);
        JsonNode registered = putOk(serial, device(email("visit"), "AC-300", "EAST", bought, null));
        LocalDate firstDue = next(registered, "dueOn");
        finishByHand(startRun());
        List<Long> offers = offerTickets(serial);
        assertThat(offers).hasSize(1);
        long offer = offers.get(0);
        String task = taskOf(TestUsers.AGENT_EAST, offer);
        assertThat(task).as("the offer is in support-l1's task list").isNotNull();
        String status = ticket(offer).get("status").asText();

        ResponseEntity<JsonNode> noDate = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("fields", Map.of("offer", "ACCEPTED", "offerNote", "Any morning")));
        assertThat(noDate.getStatusCode()).as("%s", noDate.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDate.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(noDate.getBody().get("errors").findValuesAsText("field")).containsExactly("fields.preferredDate");
        assertThat(ticket(offer).get("status").asText()).isEqualTo(status);
        assertThat(children(offer)).as("nothing handed over").isEmpty();
        Task stillOpen = taskService.createTaskQuery().taskId(task).singleResult();
        assertThat(stillOpen).as("the step is still open").isNotNull();
        assertThat(stillOpen.getAssignee()).as("and not even claimed").isNull();
        ResponseEntity<JsonNode> noAnswer = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("fields", Map.of("preferredDate", today.plusDays(3) + "T02:00:00Z")));
        assertThat(noAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noAnswer.getBody().get("errors").findValuesAsText("field")).contains("fields.offer");

        ResponseEntity<JsonNode> past = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("fields", Map.of("offer", "ACCEPTED", "preferredDate", today.minusDays(2) + "T02:00:00Z")));
        assertThat(past.getStatusCode()).as("%s", past.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody().get("errors").findValuesAsText("field")).containsExactly("fields.preferredDate");
        ResponseEntity<JsonNode> farOff = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("fields", Map.of("offer", "ACCEPTED", "preferredDate", "+1000000000-01-01T00:00:00Z")));
        assertThat(farOff.getStatusCode()).as("%s", farOff.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(farOff.getBody().get("errors").findValuesAsText("field")).containsExactly("fields.preferredDate");
        assertThat(children(offer)).as("nothing handed over").isEmpty();

        LocalDate preferred = today.plusDays(7);
        ResponseEntity<JsonNode> accepted = post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete",
                Map.of("fields", Map.of("offer", "ACCEPTED", "preferredDate", preferred + "T02:00:00Z",
                        "offerNote", "Mornings only")));
        assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode offerTicket = ticket(offer);
        assertThat(offerTicket.get("status").asText()).isEqualTo("CLOSED");
        List<Long> visits = children(offer);
        assertThat(visits).as("one visit continues the offer").hasSize(1);
        JsonNode visit = ticket(visits.get(0));
        assertThat(visit.get("category").asText()).isEqualTo("MAINTENANCE");
        assertThat(visit.get("deviceSerial").asText()).isEqualTo(serial);
        assertThat(visit.get("customer").get("id").asLong()).isEqualTo(registered.get("customerId").asLong());
        assertThat(visit.get("region").asText()).isEqualTo("EAST");
        assertThat(visit.get("assignedGroup").asText()).isEqualTo("repair-east");
        assertThat(visit.get("description").asText()).contains(preferred.toString()).contains("Mornings only");
        assertThat(visit.get("details").get("journey").get("key").asText()).isEqualTo("FieldService");
        assertThat(events(offerTicket)).anySatisfy(e -> assertThat(e).startsWith("HANDED_OVER")
                .contains(visit.get("number").asText()));
        assertThat(events(visit)).anySatisfy(e -> assertThat(e).startsWith("HANDED_OVER")
                .contains(offerTicket.get("number").asText()));

        String pid = visit.get("processInstanceId").asText();
        completeStep(pid, "Task_AgreeAppointment", Map.of("appointmentAt", preferred + "T02:00:00Z"));
        completeStep(pid, "Task_CheckIn", Map.of("visit", "CHECKED_IN"));
        assertThat(absent(getDevice(serial), "lastServiceOn")).as("not serviced before the report").isTrue();
        Task report = taskService.createTaskQuery().processInstanceId(pid).singleResult();
        String engineer = report.getAssignee() != null ? report.getAssignee() : TestUsers.AGENT_EAST;
        ResponseEntity<JsonNode> unquotedParts = post(engineer, "/api/tasks/" + report.getId()
                + "/complete", Map.of("fields", Map.of("workMinutes", 45, "serviceType", "MAINTENANCE",
                "complexity", "SIMPLE", "city", "Hangzhou", "partsCost", 60_000)));
        assertThat(unquotedParts.getStatusCode()).as("parts above 50,000 need an approved quote: %s",
                unquotedParts.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unquotedParts.getBody().get("errors").findValuesAsText("field")).containsExactly("fields.partsCost");
        completeStep(pid, "Task_ReportWork", Map.of("workMinutes", 45, "serviceType", "MAINTENANCE",
                "complexity", "SIMPLE", "city", "Hangzhou", "partsCost", 0));

        assertThat(ticket(visits.get(0)).get("status").asText()).isEqualTo("RESOLVED");
        assertThat(jdbc.queryForObject("select service_type from tf_service_report where ticket_id = ?",
                String.class, visits.get(0))).isEqualTo("MAINTENANCE");
        JsonNode serviced = getDevice(serial);
        assertThat(serviced.get("lastServiceOn").asText()).as("serviced on the day of the report")
                .isEqualTo(today.toString());
        assertThat(next(serviced, "dueOn")).isEqualTo(today.plusMonths(12)).isAfter(firstDue);
        assertThat(next(serviced, "offeredFrom")).isEqualTo(today.plusMonths(12).minusDays(21));
        assertThat(serviced.get("lastOfferedDueOn").asText()).isEqualTo(firstDue.toString());
        assertThat(serviced.get("purchasedOn").asText()).isEqualTo(bought.toString());
        ResponseEntity<JsonNode> resent = putDevice(serial, device(email("visit"), "AC-300", "EAST", bought, today));
        assertThat(resent.getStatusCode()).as("the integrator sends back the last service the device shows: %s",
                resent.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(resent.getBody()).isEqualTo(serviced);
        JsonNode withoutService = putOk(serial, device(email("visit"), "AC-300", "EAST", bought, null));
        assertThat(withoutService.get("lastServiceOn").asText()).as("an update without it keeps the visit's service")
                .isEqualTo(today.toString());
        assertThat(getDevice(serial.toLowerCase()).get("serialNumber").asText()).as("one device however spelt")
                .isEqualTo(serial);

        finishByHand(startRun());
        assertThat(offerTickets(serial)).as("serviced: nothing is due any more").hasSize(1);
    }

    @Test
    void aRepairReportDoesNotCountAsMaintenance() {
        String serial = serial("AC-REPAIR");
        JsonNode registered = putOk(serial, device(email("repair"), "AC-300", "EAST", today.minusMonths(13), null));
        finishByHand(startRun());
        long offer = offerTickets(serial).get(0);
        ResponseEntity<JsonNode> onTheOffer = call(TestUsers.ADMIN, HttpMethod.PUT, "/api/tickets/" + offer
                + "/service-report", Map.of("serviceType", "MAINTENANCE", "complexity", "SIMPLE", "city", "Ningbo"));
        assertThat(onTheOffer.getStatusCode()).as("%s", onTheOffer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(absent(getDevice(serial), "lastServiceOn")).as("the offer is no visit").isTrue();
        String task = taskOf(TestUsers.AGENT_EAST, offer);
        assertThat(post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete", Map.of("fields", Map.of("offer",
                "ACCEPTED", "preferredDate", today.plusDays(2) + "T02:00:00Z"))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String pid = ticket(children(offer).get(0)).get("processInstanceId").asText();

        completeStep(pid, "Task_AgreeAppointment", Map.of("appointmentAt", today.plusDays(2) + "T02:00:00Z"));
        completeStep(pid, "Task_CheckIn", Map.of("visit", "CHECKED_IN"));
        completeStep(pid, "Task_ReportWork", Map.of("workMinutes", 30, "serviceType", "REPAIR",
                "complexity", "STANDARD", "city", "Ningbo"));

        JsonNode device = getDevice(serial);
        assertThat(absent(device, "lastServiceOn")).isTrue();
        assertThat(next(device, "dueOn")).isEqualTo(next(registered, "dueOn"));
    }

    @Test
    void noChannelHandsInAMaintenanceOfferOnlyTheRunOpensThem() {
        String email = email("forger");
        Map<String, Object> form = new HashMap<>(Map.of("category", "MAINTENANCE_OFFER", "subject",
                "Maintenance due: AC-300 AC300-SH-0417", "description", "Call me", "region", "EAST",
                "name", "Someone", "email", email));
        ResponseEntity<JsonNode> anonymous = post(null, "/api/public/tickets", form);
        ResponseEntity<JsonNode> integrator = post(TestUsers.INTEGRATOR, "/api/tickets", Map.of("channel", "API",
                "category", "MAINTENANCE_OFFER", "region", "EAST", "subject", "Maintenance due", "description",
                "Call me", "customer", Map.of("name", "Someone", "email", email)));

        assertThat(List.of(anonymous, integrator)).allSatisfy(refused -> {
            assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("errors").findValuesAsText("field")).contains("category");
        });
        assertThat(jdbc.queryForObject("select count(*) from tf_customer where email = ?", Long.class, email))
                .isZero();
    }

    // --- the API as the integrator, the admin and the team use it

    private ResponseEntity<JsonNode> putDevice(String serial, Map<String, Object> body) {
        return putDevice(serial, TestUsers.INTEGRATOR, body);
    }

    private ResponseEntity<JsonNode> putDevice(String serial, String user, Map<String, Object> body) {
        return call(user, HttpMethod.PUT, "/api/devices/" + serial, body);
    }

    private JsonNode putOk(String serial, Map<String, Object> body) {
        ResponseEntity<JsonNode> saved = putDevice(serial, body);
        assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);
        return saved.getBody();
    }

    private JsonNode getDevice(String serial) {
        ResponseEntity<JsonNode> device = get(TestUsers.ADMIN, "/api/devices/" + serial);
        assertThat(device.getStatusCode()).as("%s", device.getBody()).isEqualTo(HttpStatus.OK);
        return device.getBody();
    }

    private static Map<String, Object> device(String email, String model, String region, LocalDate purchasedOn,
            LocalDate lastServiceOn) {
        Map<String, Object> device = new HashMap<>();
        device.put("customer", Map.of("name", "Device Owner", "email", email, "tier", "STANDARD"));
        device.put("productModel", model);
        if (region != null) {
            device.put("region", region);
        }
        device.put("purchasedOn", purchasedOn.toString());
        if (lastServiceOn != null) {
            device.put("lastServiceOn", lastServiceOn.toString());
        }
        return device;
    }

    private String startRun() {
        ResponseEntity<JsonNode> started = post(TestUsers.ADMIN, "/api/maintenance/runs", null);
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return started.getBody().get("processInstanceId").asText();
    }

    /** Executes the run's batch jobs one after the other, as the job executor would, until the run has ended. */
    private void finishByHand(String processInstanceId) {
        for (int batch = 0; batch < 1_000 && isRunning(processInstanceId); batch++) {
            Job job = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
            assertThat(job).as("the run waits for its next batch").isNotNull();
            managementService.executeJob(job.getId());
        }
        assertThat(isRunning(processInstanceId)).isFalse();
    }

    /** Both runs' batches in two threads that start at the same moment. */
    private void finishTogether(String first, String second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> {
            together(start);
            finishByHand(first);
        });
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> {
            together(start);
            finishByHand(second);
        });
        one.get(2, TimeUnit.MINUTES);
        two.get(2, TimeUnit.MINUTES);
    }

    private static void together(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The engine's own job executor runs the batches (it is off in tests); waits until the run has ended. */
    private void finishByTheJobExecutor(String processInstanceId) {
        JobExecutor executor = engineConfiguration.getJobExecutor();
        executor.start();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(isRunning(processInstanceId)).as("run %s still running; failed jobs: %s",
                            processInstanceId, failures(processInstanceId)).isFalse());
        } finally {
            executor.shutdown();
        }
    }

    private boolean isRunning(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    private List<String> failures(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).withException().list()
                .stream().map(Job::getExceptionMessage).toList();
    }

    /** Completes the visit's open step as whoever it is offered to: its assignee, else the east repair agent. */
    private void completeStep(String processInstanceId, String step, Map<String, Object> fields) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(task).as("an open step").isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
        String user = task.getAssignee() != null ? task.getAssignee() : TestUsers.AGENT_EAST;
        ResponseEntity<JsonNode> done = post(user, "/api/tasks/" + task.getId() + "/complete",
                Map.of("fields", fields));
        assertThat(done.getStatusCode()).as("completing %s: %s", step, done.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<Long> offerTickets(String serial) {
        return jdbc.queryForList("select id from tf_ticket where device_serial = ? and category = ?", Long.class,
                serial, "MAINTENANCE_OFFER");
    }

    private List<Long> children(long ticketId) {
        return jdbc.queryForList("select id from tf_ticket where parent_ticket_id = ?", Long.class, ticketId);
    }

    private JsonNode ticket(long id) {
        ResponseEntity<JsonNode> ticket = get(TestUsers.ADMIN, "/api/tickets/" + id);
        assertThat(ticket.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ticket.getBody();
    }

    private static List<String> events(JsonNode ticket) {
        List<String> events = new ArrayList<>();
        ticket.get("timeline").forEach(e -> events.add(e.get("event").asText() + " " + e.path("detail").asText()));
        return events;
    }

    /** The view leaves out what is empty. */
    private static boolean absent(JsonNode view, String field) {
        return view.path(field).isMissingNode() || view.get(field).isNull();
    }

    private static LocalDate next(JsonNode device, String field) {
        JsonNode next = device.get("nextMaintenance");
        assertThat(next).as("a next maintenance in %s", device).isNotNull();
        assertThat(next.isNull()).as("a next maintenance in %s", device).isFalse();
        return LocalDate.parse(next.get(field).asText());
    }

    private String serial(String prefix) {
        return prefix + "-" + run;
    }

    private String email(String who) {
        return who + "-" + run.toLowerCase() + "@devices.example";
    }
}
