package io.ticketflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.security.Roles;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Settlement end to end: accepted jobs settled line by line, months run, confirmed, corrected, exported, and the
 * revenue board. Each test has its own partners (a fresh code), so the tests also hold on a MariaDB that earlier
 * tests filled.
 */
class SettlementApiIT extends ApiIntegrationTest {

    /** 21:30 in Shanghai on Monday 15 June 2026: a night visit. */
    private static final Instant JUNE_EVENING = Instant.parse("2026-06-15T13:30:00Z");

    @Autowired
    private IdentityService identityService;

    @Autowired
    private TaskService taskService;

    private String run;

    @BeforeEach
    void freshRun() {
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ClockUtil.setCurrentTime(Date.from(JUNE_EVENING));
    }

    @Test
    void aNightInstallationInATierOneCityIsSettledLineByLineWhenTheCustomerAccepts() {
        String engineer = installer("PD");

        JsonNode ticket = acceptedJob(engineer, report("INSTALLATION", "COMPLEX", true, "Shanghai", "0"));

        JsonNode settlement = get(TestUsers.ADMIN, "/api/tickets/" + id(ticket) + "/settlement").getBody();
        assertThat(settlement.get("settlement").get("total").decimalValue()).isEqualByComparingTo("162.18");
        assertThat(settlement.get("settlement").get("serviceDate").asText()).isEqualTo("2026-06-15");
        assertThat(lines(settlement)).containsExactly(
                "BASE Complex installation 60 % of job price 150.00 90.00 "
                        + "[settlement-piece-rate@2026-01-01: Complex installation]",
                "SURCHARGE Night installation 25 % of job price 150.00 37.50 "
                        + "[settlement-surcharge@2026-01-01: Night installation]",
                "COEFFICIENT tier-1 city Shanghai ×1.2 25.50 [settlement-region@2026-01-01: Tier-1 cities]",
                "TAX tax 6 % (EAST) 9.18 [settlement-regions.yaml: EAST]");
        assertThat(settlement.get("lines")).allSatisfy(line ->
                assertThat(line.get("ruleVersion").asText()).hasSize(12));
        JsonNode statement = statementOf("PD", "2026-06");
        assertThat(statement.get("status").asText()).isEqualTo("DRAFT");
        assertThat(statement.get("jobs").asInt()).isOne();
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("162.18");
        assertThat(events(ticket)).endsWith("CLOSED", "SETTLED");
        assertThat(detail(ticket, "SETTLED")).isEqualTo("settled for Installer " + run + ": 162.18 CNY on the "
                + "2026-06 statement");

        runSettlement(ticket.get("processInstanceId").asText());
        assertThat(jdbc.queryForObject("select count(*) from tf_ticket_settlement where ticket_id = ?", Long.class,
                id(ticket))).as("settled once").isOne();
    }

    @Test
    void aMonthRunForAFranchiseCrossesTheVolumeTierAndShowsTheBonusLineAndRunningItAgainChangesNothing() {
        String franchise = partner("FR", "FRANCHISE", List.of());
        sale(franchise, "S1", "2026-05-03", "400000.00");
        sale(franchise, "S2", "2026-05-20", "450000.00");
        sale(franchise, "S0", "2026-04-30", "99999.00");
        assertThat(sale(franchise, "S2", "2026-05-20", "450000.00").getStatusCode())
                .as("a redelivered sale is not counted twice").isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> first = post(TestUsers.SUPERVISOR, "/api/settlements/2026-05/run", null);
        JsonNode statement = statementOf("FR", "2026-05");
        List<String> firstLines = lines(statement);
        post(TestUsers.SUPERVISOR, "/api/settlements/2026-05/run", null);
        JsonNode again = statementOf("FR", "2026-05");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(firstLines).containsExactly(
                "BASE_FEE Franchise monthly base fee 5000.00 "
                        + "[settlement-period@2026-01-01: Franchise monthly base fee]",
                "COMMISSION Franchise commission above 300000 (3 % of 550000.00) 16500.00 "
                        + "[settlement-period@2026-01-01: Franchise commission above 300000]",
                "BONUS Franchise volume bonus from 800000 2000.00 "
                        + "[settlement-period@2026-01-01: Franchise volume bonus from 800000]",
                "TAX tax 6 % (EAST) 1410.00 [settlement-regions.yaml: EAST]");
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("24910.00");
        assertThat(lines(again)).isEqualTo(firstLines);
        assertThat(again.get("total").decimalValue()).isEqualByComparingTo(statement.get("total").decimalValue());
    }

    @Test
    void aDirectStoreIsPaidEightPercentOfTheMonthsSales() {
        String store = partner("DS", "DIRECT_STORE", List.of());
        sale(store, "S1", "2026-05-01", "150000.00");
        sale(store, "S2", "2026-05-02", "110000.00");

        post(TestUsers.SUPERVISOR, "/api/settlements/2026-05/run", null);

        JsonNode statement = statementOf("DS", "2026-05");
        assertThat(lines(statement)).containsExactly(
                "COMMISSION Direct store sales share (8 % of 260000.00) 20800.00 "
                        + "[settlement-period@2026-01-01: Direct store sales share]",
                "TAX tax 6 % (EAST) 1248.00 [settlement-regions.yaml: EAST]");
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("22048.00");
    }

    @Test
    void anInstallationAtHeightAtNightInAThirdTierCityEarnsItsJobPriceLoweredByTheCoefficient() {
        String engineer = installer("T3");
        Map<String, Object> report = new HashMap<>(report("INSTALLATION", "COMPLEX", true, "Zhenjiang", "0"));
        report.put("highAltitude", true);

        JsonNode ticket = acceptedJob(engineer, report);

        JsonNode settlement = get(TestUsers.ADMIN, "/api/tickets/" + id(ticket) + "/settlement").getBody();
        assertThat(lines(settlement)).containsExactly(
                "BASE Complex installation 60 % of job price 150.00 90.00 "
                        + "[settlement-piece-rate@2026-01-01: Complex installation]",
                "SURCHARGE High-altitude installation 15 % of job price 150.00 22.50 "
                        + "[settlement-surcharge@2026-01-01: High-altitude installation]",
                "SURCHARGE Night installation 25 % of job price 150.00 37.50 "
                        + "[settlement-surcharge@2026-01-01: Night installation]",
                "COEFFICIENT tier-3 city Zhenjiang ×0.9 -15.00 [settlement-region@2026-01-01: Tier-3 cities]",
                "TAX tax 6 % (EAST) 8.10 [settlement-regions.yaml: EAST]");
        assertThat(settlement.get("settlement").get("total").decimalValue()).isEqualByComparingTo("143.10");
    }

    @Test
    void aConfirmedStatementNeverChangesCorrectionsAndLateJobsLandOnTheNextOpenMonth() {
        String engineer = installer("LT");
        acceptedJob(engineer, report("INSTALLATION", "SIMPLE", false, "Ningbo", "0"));
        JsonNode june = statementOf("LT", "2026-06");
        assertThat(post(TestUsers.SUPERVISOR, "/api/settlements/" + id(june) + "/confirm", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode late = acceptedJob(engineer, report("INSTALLATION", "SIMPLE", false, "Ningbo", "0"));
        ResponseEntity<JsonNode> corrected = post(TestUsers.SUPERVISOR, "/api/settlements/" + id(june)
                + "/adjustments", Map.of("amount", "-10.00", "reason", "Customer paid the bracket"));
        ResponseEntity<JsonNode> rerun = post(TestUsers.SUPERVISOR, "/api/settlements/2026-06/run", null);

        JsonNode juneAfter = get(TestUsers.SUPERVISOR, "/api/settlements/" + id(june)).getBody();
        assertThat(lines(juneAfter)).isEqualTo(lines(june));
        assertThat(juneAfter.get("total").decimalValue()).isEqualByComparingTo("50.88");
        assertThat(rerun.getBody().get("statements").toString()).contains("unchanged: confirmed");
        JsonNode july = statementOf("LT", "2026-07");
        assertThat(get(TestUsers.ADMIN, "/api/tickets/" + id(late) + "/settlement").getBody()
                .get("settlement").get("statementId").asLong()).isEqualTo(id(july));
        assertThat(corrected.getBody().get("period").asText()).isEqualTo("2026-07");
        assertThat(lines(july)).contains("ADJUSTMENT correction of 2026-06: Customer paid the bracket ("
                + TestUsers.SUPERVISOR + ") -10.00 [null: null]");
        assertThat(july.get("total").decimalValue()).isEqualByComparingTo("40.88");

        assertThat(post(TestUsers.SUPERVISOR, "/api/settlements/" + id(june) + "/pay", null).getStatusCode())
                .as("paying is for admins").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(TestUsers.ADMIN, "/api/settlements/" + id(june) + "/pay", null).getBody().get("status")
                .asText()).isEqualTo("PAID");
        ResponseEntity<JsonNode> twice = post(TestUsers.SUPERVISOR, "/api/settlements/" + id(june) + "/confirm",
                null);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void exportsOpenInASpreadsheetWithTheSameTotals() throws Exception {
        String engineer = installer("EX");
        acceptedJob(engineer, report("INSTALLATION", "COMPLEX", true, "Shanghai", "0"));
        acceptedJob(engineer, report("REPAIR", "COMPLEX", true, "Beijing", "33.35"));
        JsonNode statement = statementOf("EX", "2026-06");
        BigDecimal total = statement.get("total").decimalValue();

        ResponseEntity<byte[]> csv = download(id(statement), "csv");
        ResponseEntity<byte[]> xlsx = download(id(statement), "xlsx");

        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("statement-" + partnerCode("EX")
                + "-2026-06.csv");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new InputStreamReader(new ByteArrayInputStream(
                csv.getBody()), StandardCharsets.UTF_8)).getRecords();
        BigDecimal csvLines = BigDecimal.ZERO;
        BigDecimal csvTotal = null;
        boolean inLines = false;
        for (CSVRecord record : records) {
            if (record.size() > 6 && "Amount".equals(record.get(6))) {
                inLines = true;
            } else if (inLines && record.size() > 6) {
                csvLines = csvLines.add(new BigDecimal(record.get(6)));
            } else if (record.size() > 1 && "Total".equals(record.get(0))) {
                csvTotal = new BigDecimal(record.get(1));
            }
        }
        assertThat(csvLines).isEqualByComparingTo(total);
        assertThat(csvTotal).isEqualByComparingTo(total);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            BigDecimal xlsxLines = BigDecimal.ZERO;
            BigDecimal xlsxTotal = null;
            boolean lines = false;
            for (Row row : sheet) {
                Cell amount = row.getCell(6);
                Cell label = row.getCell(3);
                if (amount != null && amount.getCellType() == CellType.STRING
                        && "Amount".equals(amount.getStringCellValue())) {
                    lines = true;
                } else if (lines && row.getCell(1) != null && amount != null) {
                    xlsxLines = xlsxLines.add(BigDecimal.valueOf(amount.getNumericCellValue()));
                } else if (label != null && "Total".equals(label.getStringCellValue())) {
                    xlsxTotal = BigDecimal.valueOf(amount.getNumericCellValue());
                }
            }
            assertThat(xlsxLines).isEqualByComparingTo(total);
            assertThat(xlsxTotal).isEqualByComparingTo(total);
        }
    }

    @Test
    void theRevenueBoardRanksInstallersAndAStationWithManyReturnVisitsRaisesAnAlert() {
        String busy = installer("RB");
        acceptedJob(busy, report("INSTALLATION", "COMPLEX", false, "Ningbo", "0"));
        acceptedJob(busy, report("INSTALLATION", "COMPLEX", false, "Ningbo", "0"));
        String station = "ST" + run;
        put(TestUsers.ADMIN, "/api/dispatch/stations/" + station, Map.of("name", "Station " + run, "region", "EAST",
                "kind", "STATION", "latitude", 30.0, "longitude", 120.0));
        String quiet = installer("RQ");
        put(TestUsers.SUPERVISOR, "/api/dispatch/agents/" + quiet, Map.of("station", station, "onDuty", true,
                "capacity", 10, "skills", List.of("installation")));
        acceptedJob(quiet, report("INSTALLATION", "SIMPLE", false, "Ningbo", "0"));
        acceptedJobAfterAReturnVisit(quiet, report("INSTALLATION", "SIMPLE", false, "Ningbo", "0"));

        JsonNode board = get(TestUsers.ANALYST, "/api/settlements/revenue?period=2026-06&by=INSTALLER").getBody();
        Map<String, JsonNode> rows = new HashMap<>();
        board.forEach(row -> rows.put(row.get("key").asText(), row));
        assertThat(rows.get(busy).get("jobs").asInt()).isEqualTo(2);
        assertThat(rows.get(busy).get("revenue").decimalValue()).isEqualByComparingTo("180.00");
        assertThat(rows.get(busy).get("averagePerJob").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(rows.get(quiet).get("revenue").decimalValue()).isEqualByComparingTo("96.00");
        assertThat(rows.get(busy).get("rank").asInt()).isLessThan(rows.get(quiet).get("rank").asInt());

        JsonNode alerts = get(TestUsers.SUPERVISOR, "/api/settlements/alerts?period=2026-06").getBody();
        assertThat(alerts).anySatisfy(alert -> {
            assertThat(alert.get("station").asText()).isEqualTo(station);
            assertThat(alert.get("measure").asText()).isEqualTo("return visits");
            assertThat(alert.get("rate").decimalValue()).isEqualByComparingTo("0.5");
        });
        post(TestUsers.SUPERVISOR, "/api/settlements/2026-06/run", null);
        assertThat(get(TestUsers.SUPERVISOR, "/api/notifications?kind=SETTLEMENT_ALERT").getBody())
                .anySatisfy(n -> assertThat(n.get("subject").asText()).isEqualTo("Station " + station
                        + ": return visits at 50.0 % in 2026-06"));
    }

    @Test
    void refusesBadReportsSalesAndPeriodsNamingTheFieldAndStoresNothing() {
        String engineer = installer("BD");
        JsonNode ticket = createTicket(TicketFixture.ticket("WEB", "INSTALLATION", "EAST", "STANDARD"));
        claim(engineer, ticket);
        String franchise = partner("BF", "FRANCHISE", List.of());

        ResponseEntity<JsonNode> badComplexity = put(engineer, "/api/tickets/" + id(ticket) + "/service-report",
                Map.of("serviceType", "INSTALLATION", "complexity", "EPIC"));
        ResponseEntity<JsonNode> negativeParts = put(engineer, "/api/tickets/" + id(ticket) + "/service-report",
                Map.of("serviceType", "INSTALLATION", "complexity", "SIMPLE", "partsCost", "-5"));
        ResponseEntity<JsonNode> notTheirs = put(TestUsers.AGENT_EAST, "/api/tickets/" + id(ticket)
                + "/service-report", Map.of("serviceType", "INSTALLATION", "complexity", "SIMPLE"));
        ResponseEntity<JsonNode> badSale = sale(franchise, "X1", "2026-05-03", "12.345");
        ResponseEntity<JsonNode> badPeriod = post(TestUsers.SUPERVISOR, "/api/settlements/2026-13/run", null);

        assertThat(badComplexity.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negativeParts.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negativeParts.getBody().toString()).contains("partsCost");
        assertThat(notTheirs.getStatusCode()).as("another team's ticket is not even visible")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(badSale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badSale.getBody().toString()).contains("amount");
        assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.queryForObject("select count(*) from tf_service_report where ticket_id = ?", Long.class,
                id(ticket))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tf_partner_sale where partner_code = ?", Long.class,
                franchise)).isZero();
    }

    /** An engineer of the installation team working for a fresh installer partner. */
    private String installer(String prefix) {
        String engineer = prefix.toLowerCase() + run.toLowerCase();
        TestUsers.ensureUser(identityService, engineer, List.of(Roles.AGENT, "installation", "repair-east"));
        partner(prefix, "INSTALLER", List.of(engineer));
        return engineer;
    }

    private String partner(String prefix, String kind, List<String> members) {
        String code = partnerCode(prefix);
        String name = ("INSTALLER".equals(kind) ? "Installer" : kind) + " " + run;
        ResponseEntity<JsonNode> saved = put(TestUsers.ADMIN, "/api/partners/" + code, Map.of("name", name,
                "kind", kind, "region", "EAST", "members", members));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        return code;
    }

    private String partnerCode(String prefix) {
        return prefix + "-" + run;
    }

    private static Map<String, Object> report(String serviceType, String complexity, boolean night, String city,
            String partsCost) {
        return Map.of("serviceType", serviceType, "complexity", complexity, "nightVisit", night, "city", city,
                "partsCost", partsCost, "highAltitude", false, "remoteArea", false, "partsLost", false);
    }

    /** A job from creation to the customer's acceptance and its settlement, the engineer reporting on the way. */
    private JsonNode acceptedJob(String engineer, Map<String, Object> report) {
        String category = (String) report.get("serviceType");
        JsonNode ticket = createTicket(TicketFixture.ticket("WEB", category, "EAST", "STANDARD"));
        claim(engineer, ticket);
        assertThat(put(engineer, "/api/tickets/" + id(ticket) + "/service-report", report).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        resolveAndAccept(engineer, ticket, report);
        return get(TestUsers.ADMIN, "/api/tickets/" + id(ticket)).getBody();
    }

    private void acceptedJobAfterAReturnVisit(String engineer, Map<String, Object> report) {
        JsonNode ticket = createTicket(TicketFixture.ticket("WEB", (String) report.get("serviceType"), "EAST",
                "STANDARD"));
        claim(engineer, ticket);
        put(engineer, "/api/tickets/" + id(ticket) + "/service-report", report);
        complete(engineer, ticket, report);
        post(TestUsers.INTEGRATOR, "/api/tickets/" + id(ticket) + "/confirmation", Map.of("accepted", false));
        claim(engineer, ticket);
        resolveAndAccept(engineer, ticket, report);
    }

    private void resolveAndAccept(String engineer, JsonNode ticket, Map<String, Object> report) {
        complete(engineer, ticket, report);
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets/" + id(ticket) + "/confirmation",
                Map.of("accepted", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        runSettlement(ticket.get("processInstanceId").asText());
    }

    private void claim(String engineer, JsonNode ticket) {
        assertThat(post(engineer, "/api/tasks/" + task(ticket) + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /**
     * The engineer works the job to its resolution: a repair's handling task at once; an installation's field-service
     * steps one after the other — appointment, check-in, and the work report with the same figures as the report.
     */
    private void complete(String engineer, JsonNode ticket, Map<String, Object> report) {
        for (int step = 0; step < 4; step++) {
            String task = task(ticket);
            String key = taskService.createTaskQuery().taskId(task).singleResult().getTaskDefinitionKey();
            Map<String, Object> body = switch (key) {
                case "Task_AgreeAppointment" -> Map.of("fields", Map.of("appointmentAt", "2026-06-20T02:00:00Z"));
                case "Task_CheckIn" -> Map.of("fields", Map.of("visit", "CHECKED_IN"));
                case "Task_ReportWork" -> Map.of("fields", workReport(report));
                default -> Map.of("outcome", "RESOLVED");
            };
            assertThat(post(engineer, "/api/tasks/" + task + "/complete", body).getStatusCode())
                    .as("completing %s", key).isEqualTo(HttpStatus.NO_CONTENT);
            if (!key.equals("Task_AgreeAppointment") && !key.equals("Task_CheckIn")) {
                return;
            }
        }
        throw new AssertionError("the job did not reach its resolution");
    }

    /** The field-service work report's form answered with a service report's figures. */
    private static Map<String, Object> workReport(Map<String, Object> report) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("workMinutes", 90);
        for (String name : List.of("serviceType", "complexity", "city", "highAltitude", "nightVisit", "remoteArea",
                "partsLost")) {
            if (report.get(name) != null) {
                fields.put(name, report.get(name));
            }
        }
        fields.put("partsCost", new BigDecimal(String.valueOf(report.getOrDefault("partsCost", "0"))).longValue());
        return fields;
    }

    private String task(JsonNode ticket) {
        return taskService.createTaskQuery().processInstanceId(ticket.get("processInstanceId").asText())
                .singleResult().getId();
    }

    private ResponseEntity<JsonNode> sale(String partner, String reference, String date, String amount) {
        return post(TestUsers.INTEGRATOR, "/api/partners/" + partner + "/sales", Map.of("reference", reference,
                "date", date, "amount", amount));
    }

    private JsonNode statementOf(String prefix, String period) {
        JsonNode found = get(TestUsers.SUPERVISOR, "/api/settlements?partner=" + partnerCode(prefix) + "&period="
                + period).getBody();
        assertThat(found).hasSize(1);
        return get(TestUsers.SUPERVISOR, "/api/settlements/" + id(found.get(0))).getBody();
    }

    private ResponseEntity<byte[]> download(long statementId, String format) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(TestUsers.SUPERVISOR, TestUsers.PASSWORD);
        ResponseEntity<byte[]> response = http.exchange("/api/settlements/" + statementId + "/export?format="
                + format, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return call(user, HttpMethod.PUT, path, body);
    }

    private static List<String> lines(JsonNode withLines) {
        List<String> lines = new ArrayList<>();
        withLines.get("lines").forEach(l -> lines.add(l.get("component").asText() + " "
                + l.get("description").asText() + " " + l.get("amount").decimalValue().setScale(2) + " ["
                + l.path("ruleTable").asText("null") + ": " + l.path("ruleRow").asText("null") + "]"));
        return lines;
    }

    private List<String> events(JsonNode ticket) {
        List<String> events = new ArrayList<>();
        get(TestUsers.ADMIN, "/api/tickets/" + id(ticket)).getBody().get("timeline")
                .forEach(e -> events.add(e.get("event").asText()));
        return events;
    }

    private String detail(JsonNode ticket, String event) {
        for (JsonNode e : get(TestUsers.ADMIN, "/api/tickets/" + id(ticket)).getBody().get("timeline")) {
            if (e.get("event").asText().equals(event)) {
                return e.get("detail").asText();
            }
        }
        return null;
    }

    private static long id(JsonNode node) {
        return node.get("id").asLong();
    }
}
