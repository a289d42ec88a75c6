package io.ticketflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Templates with versions, fields checked, the customer's 360° history on the ticket, the duplicate guard, customer
 * merges and attachments — over REST, each test with its own templates, categories and customers.
 */
class IntakeApiIT extends ApiIntegrationTest {

    /** The smallest valid PNG: a 1×1 transparent pixel. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    private TaskService taskService;

    private String run;
    private String category;
    private String template;

    @BeforeEach
    void freshTemplate() {
        run = UUID.randomUUID().toString().substring(0, 8);
        category = "RET_" + run.toUpperCase();
        template = "return-" + run;
        ResponseEntity<JsonNode> saved = put(TestUsers.ANALYST, "/api/templates/" + template, Map.of(
                "name", "E-commerce return " + run, "category", category, "note", "first version",
                "fields", List.of(
                        field("orderNumber", "Order number", "ORDER_NUMBER", true, null),
                        field("issueType", "What is wrong", "ENUM", true, List.of("DAMAGED", "WRONG_ITEM")),
                        field("photos", "Photos", "ATTACHMENT", false, null))));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTemplateEditMakesANewVersionARollbackAnotherAndTicketsKeepTheirs() {
        put(TestUsers.ANALYST, "/api/templates/" + template, Map.of("name", "E-commerce return " + run,
                "category", category, "note", "colour asked", "fields", List.of(
                        field("orderNumber", "Order number", "ORDER_NUMBER", true, null),
                        field("issueType", "What is wrong", "ENUM", true, List.of("DAMAGED", "WRONG_ITEM")),
                        field("colour", "Colour", "TEXT", true, null))));
        JsonNode onVersionTwo = create(returnTicket("v2-" + run + "@example.com", Map.of("orderNumber", "O-" + run,
                "issueType", "DAMAGED", "colour", "white")));

        ResponseEntity<JsonNode> rolledBack = post(TestUsers.ANALYST, "/api/templates/" + template + "/rollback",
                Map.of("version", 1));
        JsonNode versions = get(TestUsers.AGENT_EAST, "/api/templates/" + template + "/versions").getBody();

        assertThat(rolledBack.getBody().get("current").get("version").asInt()).isEqualTo(3);
        assertThat(versions).extracting(v -> v.get("version").asInt() + ": " + v.get("note").asText())
                .containsExactly("1: first version", "2: colour asked", "3: rollback to v1");
        assertThat(rolledBack.getBody().get("current").get("fields")).extracting(f -> f.get("name").asText())
                .containsExactly("orderNumber", "issueType", "photos");
        JsonNode kept = get(TestUsers.ADMIN, "/api/tickets/" + id(onVersionTwo)).getBody();
        assertThat(kept.get("templateVersion").asInt()).isEqualTo(2);
        assertThat(kept.get("details").get("fields")).extracting(f -> f.get("label").asText() + "=" 
                + f.get("value").asText()).containsExactly("Order number=O-" + run, "What is wrong=DAMAGED",
                "Colour=white");
        assertThat(post(TestUsers.AGENT_EAST, "/api/templates/" + template + "/rollback", Map.of("version", 1))
                .getStatusCode()).as("agents do not edit templates").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badFieldsAreNamedEveryOneAndNothingIsStored() {
        String email = "bad-" + run + "@example.com";

        ResponseEntity<JsonNode> refused = post(TestUsers.INTEGRATOR, "/api/tickets", returnTicket(email, Map.of(
                "issueType", "BROKEN", "size", "XL")));
        ResponseEntity<JsonNode> badDefinition = put(TestUsers.ANALYST, "/api/templates/broken-" + run, Map.of(
                "name", "Broken", "category", "BROKEN_" + run.toUpperCase(), "note", "x",
                "fields", List.of(field("kind", "Kind", "ENUM", true, List.of()))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("fields.orderNumber", "fields.issueType", "fields.size");
        assertThat(jdbc.queryForObject("select count(*) from tf_customer where email = ?", Long.class, email))
                .isZero();
        assertThat(badDefinition.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDefinition.getBody().toString()).contains("fields[0].options");
        assertThat(get(TestUsers.ANALYST, "/api/templates/broken-" + run).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReturnWithAnOrderNumberShowsTheOrderTheEarlierTicketsAndTheOpenOpportunity() {
        String email = "buyer-" + run + "@example.com";
        Map<String, Object> buyer = Map.of("name", "Buyer " + run, "email", email);
        assertThat(put(TestUsers.INTEGRATOR, "/api/orders/JD-" + run, Map.of("customer", buyer, "source", "JD.com",
                "status", "DELIVERED", "amount", "3299.00", "currency", "CNY", "summary", "Washing machine",
                "orderedAt", "2026-11-01T02:00:00Z")).getStatusCode()).isEqualTo(HttpStatus.OK);
        put(TestUsers.INTEGRATOR, "/api/opportunities/OPP-" + run, Map.of("customer", buyer, "title",
                "Dryer for the same flat", "stage", "PROPOSAL", "status", "OPEN", "amount", "2999.00"));
        JsonNode earlier = create(plainTicket(email, "GENERAL"));

        JsonNode ticket = create(returnTicket(email, Map.of("orderNumber", "JD-" + run, "issueType", "DAMAGED")));

        JsonNode view = get(TestUsers.AGENT_EAST, "/api/tickets/" + id(ticket)).getBody();
        assertThat(view.get("orderNumber").asText()).isEqualTo("JD-" + run);
        assertThat(view.get("opportunityId").asText()).isEqualTo("OPP-" + run);
        JsonNode history = view.get("details").get("customerHistory");
        assertThat(history.get("order").get("summary").asText()).isEqualTo("Washing machine");
        assertThat(history.get("openOpportunity").get("title").asText()).isEqualTo("Dryer for the same flat");
        assertThat(history.get("earlierTickets")).extracting(t -> t.get("number").asText())
                .containsExactly(earlier.get("number").asText());
        JsonNode timeline = get(TestUsers.AGENT_EAST, "/api/customers/" + view.get("customer").get("id").asLong()
                + "/timeline").getBody();
        assertThat(timeline).extracting(e -> e.get("kind").asText()).containsExactlyInAnyOrder("ORDER",
                "OPPORTUNITY", "TICKET", "TICKET");
    }

    @Test
    void aSecondMessageAboutTheSameOrderIsAddedToTheOpenTicket() {
        String email = "again-" + run + "@example.com";
        Map<String, Object> fields = Map.of("orderNumber", "TM-" + run, "issueType", "WRONG_ITEM");
        JsonNode first = create(returnTicket(email, fields));

        ResponseEntity<JsonNode> second = post(TestUsers.INTEGRATOR, "/api/tickets", returnTicket(email, fields));
        ResponseEntity<JsonNode> otherOrder = post(TestUsers.INTEGRATOR, "/api/tickets", returnTicket(email,
                Map.of("orderNumber", "TM-OTHER-" + run, "issueType", "WRONG_ITEM")));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(id(second.getBody())).isEqualTo(id(first));
        assertThat(second.getBody().get("timeline")).extracting(e -> e.get("event").asText())
                .contains("MESSAGE_MERGED", "CUSTOMER_REPLIED");
        assertThat(otherOrder.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode timeline = get(TestUsers.AGENT_EAST, "/api/customers/" + first.get("customer").get("id").asLong()
                + "/timeline").getBody();
        assertThat(timeline).extracting(e -> e.get("kind").asText()).contains("MESSAGE_MERGED");
    }

    @Test
    void twoRecordsOfOnePersonAreMergedWithTheirTicketsOrdersAndIdentities() {
        JsonNode byMail = create(plainTicket("merge-" + run + "@example.com", "GENERAL"));
        Map<String, Object> byPhone = plainTicket(null, "GENERAL");
        String phone = "+86 150 " + run.hashCode() % 10000;
        ((Map<String, Object>) byPhone.get("customer")).put("phone", phone);
        JsonNode phoneTicket = create(byPhone);
        long survivor = byMail.get("customer").get("id").asLong();
        long duplicate = phoneTicket.get("customer").get("id").asLong();
        assertThat(duplicate).isNotEqualTo(survivor);

        ResponseEntity<JsonNode> merged = post(TestUsers.AGENT_EAST, "/api/customers/" + survivor + "/merge",
                Map.of("customerId", duplicate));
        JsonNode later = create(byPhone);

        assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(merged.getBody().get("identities")).extracting(i -> i.get("kind").asText())
                .contains("EMAIL", "PHONE");
        assertThat(get(TestUsers.AGENT_EAST, "/api/tickets/" + id(phoneTicket)).getBody().get("customer").get("id")
                .asLong()).isEqualTo(survivor);
        assertThat(later.get("customer").get("id").asLong()).as("recognised by the merged phone").isEqualTo(survivor);
        assertThat(post(TestUsers.AGENT_EAST, "/api/customers/" + survivor + "/merge",
                Map.of("customerId", duplicate)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void photosAreUploadedCheckedAttachedAndServedAsDownloads() {
        ResponseEntity<JsonNode> upload = upload(TestUsers.INTEGRATOR, "photo.png", PNG);
        ResponseEntity<JsonNode> notAnImage = upload(TestUsers.INTEGRATOR, "photo.png",
                "<script>alert(1)</script>".getBytes());
        ResponseEntity<JsonNode> tooBig = upload(TestUsers.INTEGRATOR, "big.png", big());
        String token = upload.getBody().get("token").asText();

        JsonNode ticket = create(returnTicket("photo-" + run + "@example.com", Map.of("orderNumber", "P-" + run,
                "issueType", "DAMAGED", "photos", List.of(token))));
        ResponseEntity<JsonNode> reused = post(TestUsers.INTEGRATOR, "/api/tickets", returnTicket("other-" + run
                + "@example.com", Map.of("orderNumber", "Q-" + run, "issueType", "DAMAGED", "photos",
                List.of(token))));

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(upload.getBody().get("contentType").asText()).isEqualTo("image/png");
        assertThat(notAnImage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getStatusCode().value()).isEqualTo(413);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode files = get(TestUsers.AGENT_EAST, "/api/tickets/" + id(ticket)).getBody().get("details")
                .get("attachments");
        assertThat(files).hasSize(1);
        HttpHeaders auth = new HttpHeaders();
        auth.setBasicAuth(TestUsers.AGENT_EAST, TestUsers.PASSWORD);
        ResponseEntity<byte[]> download = http.exchange(files.get(0).get("download").asText(), HttpMethod.GET,
                new HttpEntity<>(auth), byte[].class);
        assertThat(download.getBody()).isEqualTo(PNG);
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anEquipmentRepairShowsTheManualAndTheDevicesLastService() {
        String model = "WM-" + run;
        assertThat(put(TestUsers.ANALYST, "/api/templates/device-models/" + model, Map.of("name", "Washer " + run,
                "manualUrl", "https://support.example.com/manuals/" + model + ".pdf")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String repairCategory = "FIX_" + run.toUpperCase();
        put(TestUsers.ANALYST, "/api/templates/repair-" + run, Map.of("name", "Equipment repair " + run,
                "category", repairCategory, "note", "first version", "fields", List.of(
                        field("deviceModel", "Device model", "DEVICE_MODEL", true, null),
                        field("serialNumber", "Serial number", "SERIAL_NUMBER", true, null))));
        Map<String, Object> fields = Map.of("deviceModel", model, "serialNumber", "SN-" + run);
        Map<String, Object> firstRepair = plainTicket("owner-" + run + "@example.com", repairCategory);
        firstRepair.put("fields", fields);
        JsonNode first = create(firstRepair);
        String task = taskService.createTaskQuery().processInstanceId(first.get("processInstanceId").asText())
                .singleResult().getId();
        assertThat(post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete", Map.of("outcome", "RESOLVED"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> secondRepair = plainTicket("owner2-" + run + "@example.com", repairCategory);
        secondRepair.put("fields", fields);

        JsonNode second = create(secondRepair);
        Map<String, Object> unknownModel = plainTicket("owner3-" + run + "@example.com", repairCategory);
        unknownModel.put("fields", Map.of("deviceModel", "NOPE-1", "serialNumber", "SN-1"));

        JsonNode device = get(TestUsers.AGENT_EAST, "/api/tickets/" + id(second)).getBody().get("details")
                .get("device");
        assertThat(device.get("manualUrl").asText()).isEqualTo("https://support.example.com/manuals/" + model
                + ".pdf");
        assertThat(device.get("lastService").get("ticketNumber").asText()).isEqualTo(first.get("number").asText());
        assertThat(post(TestUsers.INTEGRATOR, "/api/tickets", unknownModel).getBody().toString())
                .contains("fields.deviceModel", "is not a known device model");
    }

    @Test
    void aHotlineCallAnAgentTakesIsUrgent() {
        Map<String, Object> call = plainTicket("caller-" + run + "@example.com", "GENERAL");
        call.put("channel", "PHONE");

        ResponseEntity<JsonNode> created = post(TestUsers.AGENT_EAST, "/api/tickets", call);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("priority").asText()).isEqualTo("URGENT");
        assertThat(created.getBody().get("createdBy").asText()).isEqualTo(TestUsers.AGENT_EAST);
        assertThat(created.getBody().get("sla")).anySatisfy(f -> assertThat(f.get("policy").asText())
                .contains("row \"Phone hotline (always urgent)\""));
    }

    private static byte[] big() {
        byte[] big = new byte[200 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        return big;
    }

    private JsonNode create(Map<String, Object> ticket) {
        return createTicket(ticket);
    }

    private Map<String, Object> returnTicket(String email, Map<String, Object> fields) {
        Map<String, Object> ticket = plainTicket(email, category);
        ticket.put("fields", fields);
        return ticket;
    }

    private static Map<String, Object> plainTicket(String email, String category) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("name", "Intake Customer");
        if (email != null) {
            customer.put("email", email);
        }
        Map<String, Object> ticket = new HashMap<>();
        ticket.put("channel", "API");
        ticket.put("category", category);
        ticket.put("subject", "The parcel arrived damaged");
        ticket.put("description", "The box was crushed and the door is dented.");
        ticket.put("region", "EAST");
        ticket.put("customer", customer);
        return ticket;
    }

    private static Map<String, Object> field(String name, String label, String type, boolean required,
            List<String> options) {
        Map<String, Object> field = new HashMap<>();
        field.put("name", name);
        field.put("label", label);
        field.put("type", type);
        field.put("required", required);
        if (options != null) {
            field.put("options", new ArrayList<>(options));
        }
        return field;
    }

    private ResponseEntity<JsonNode> put(String user, String path, Object body) {
        return call(user, HttpMethod.PUT, path, body);
    }

    private static long id(JsonNode ticket) {
        return ticket.get("id").asLong();
    }
}
