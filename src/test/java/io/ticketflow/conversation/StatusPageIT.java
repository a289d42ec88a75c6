package io.ticketflow.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The customer's status page, without a login: the token is required, what the customer typed is escaped, internal
 * notes never show, and reply / accept / rate work from the page's own forms — each once, however often sent.
 */
class StatusPageIT extends ApiIntegrationTest {

    private final HttpClient browser = HttpClient.newHttpClient();
    private String number;
    private String token;
    private long id;

    @BeforeEach
    void aWebFormTicket() {
        Map<String, Object> form = new HashMap<>();
        form.put("subject", "<script>alert('x')</script> Fridge");
        form.put("description", "It hums <b>loudly</b>.");
        form.put("region", "EAST");
        form.put("name", "Li <Lei>");
        form.put("email", "status-" + UUID.randomUUID() + "@example.com");
        JsonNode receipt = post(null, "/api/public/tickets", form).getBody();
        number = receipt.get("number").asText();
        token = receipt.get("statusToken").asText();
        id = jdbc.queryForObject("select id from tf_ticket where ticket_number = ?", Long.class, number);
    }

    @Test
    void thePageNeedsTheTokenEscapesWhatTheCustomerTypedAndHidesInternalNotes() throws Exception {
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/notes", Map.of("message", "Internal: compressor recall"));
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies", Map.of("message", "Which model <exactly>?",
                "awaitCustomer", true));

        HttpResponse<String> page = open("/status/" + number + "?token=" + token, "en-GB,en;q=0.9");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Fridge")
                .doesNotContain("<script>").contains("Which model &lt;exactly&gt;?")
                .doesNotContain("compressor recall").contains("Waiting for your answer");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(open("/status/" + number + "?token=" + token, "zh-CN,zh;q=0.9").body()).contains("等待您的回复");
        assertThat(open("/status/" + number + "?token=" + token, null).body()).as("Chinese by default")
                .contains("等待您的回复");

        assertThat(open("/status/" + number + "?token=wrong" + token, null).statusCode()).isEqualTo(404);
        assertThat(open("/status/" + number, null).statusCode()).isEqualTo(404);
        assertThat(open("/status/TF-1999-000001?token=" + token, null).statusCode()).isEqualTo(404);
        assertThat(open("/status/%3Cscript%3E?token=x", null).statusCode()).isEqualTo(404);
        assertThat(open("/api/public/tickets/" + number + "?token=wrong", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theCustomerRepliesFromThePageOnceHoweverOftenTheFormIsSent() throws Exception {
        post(TestUsers.AGENT_EAST, "/api/tickets/" + id + "/replies", Map.of("message", "Which model?",
                "awaitCustomer", true));
        String formId = formIdOn(open("/status/" + number + "?token=" + token, null).body());

        HttpResponse<String> first = postForm("/status/" + number + "/reply", Map.of("token", token, "message",
                "The RF-200, bought in May.", "formId", formId));
        HttpResponse<String> again = postForm("/status/" + number + "/reply", Map.of("token", token, "message",
                "The RF-200, bought in May.", "formId", formId));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).contains("done=replied");
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("done=unchanged");
        JsonNode ticket = get(TestUsers.ADMIN, "/api/tickets/" + id).getBody();
        assertThat(ticket.get("status").asText()).as("back to work, SLA running").isEqualTo("OPEN");
        assertThat(ticket.get("timeline").findValuesAsText("detail"))
                .filteredOn("The RF-200, bought in May."::equals).hasSize(1);
        assertThat(ticket.get("timeline").findValuesAsText("event")).contains("SLA_RESUMED");

        HttpResponse<String> empty = postForm("/status/" + number + "/reply", Map.of("token", token, "message",
                " ", "formId", formIdOn(open("/status/" + number + "?token=" + token, null).body())));
        HttpResponse<String> forged = postForm("/status/" + number + "/reply", Map.of("token", "guess",
                "message", "close it", "formId", "abcdefgh1234"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("message");
        assertThat(forged.statusCode()).isEqualTo(404);
    }

    @Test
    void theCustomerAcceptsAndRatesFiveStarsOnceAndTheRatingShowsOnTheTicket() throws Exception {
        assertThat(postForm("/status/" + number + "/rating", Map.of("token", token, "rating", "5")).statusCode())
                .as("nothing to rate before it is resolved").isEqualTo(409);
        String task = taskOf(TestUsers.AGENT_EAST, id);
        post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/claim", null);
        assertThat(post(TestUsers.AGENT_EAST, "/api/tasks/" + task + "/complete", Map.of("outcome", "RESOLVED"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(open("/status/" + number + "?token=" + token, "en").body()).contains("Is it solved?");

        HttpResponse<String> badStars = postForm("/status/" + number + "/confirmation", Map.of("token", token,
                "accepted", "true", "rating", "9"));
        HttpResponse<String> accepted = postForm("/status/" + number + "/confirmation", Map.of("token", token,
                "accepted", "true", "rating", "5", "comment", "Quick <and> friendly"));
        HttpResponse<String> doubleClick = postForm("/status/" + number + "/confirmation", Map.of("token", token,
                "accepted", "true", "rating", "5", "comment", "Quick <and> friendly"));
        HttpResponse<String> lateChange = postForm("/status/" + number + "/rating", Map.of("token", token,
                "rating", "1"));

        assertThat(badStars.statusCode()).isEqualTo(400);
        assertThat(badStars.body()).contains("rating");
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).contains("done=accepted");
        assertThat(doubleClick.headers().firstValue("Location").orElseThrow()).contains("done=unchanged");
        assertThat(lateChange.headers().firstValue("Location").orElseThrow()).contains("done=unchanged");
        JsonNode ticket = get(TestUsers.ADMIN, "/api/tickets/" + id).getBody();
        assertThat(ticket.get("customerRating").asInt()).isEqualTo(5);
        assertThat(ticket.get("status").asText()).isEqualTo("CLOSED");
        assertThat(ticket.get("timeline").findValuesAsText("event"))
                .filteredOn("RESOLUTION_ACCEPTED"::equals).hasSize(1);
        assertThat(open("/status/" + number + "?token=" + token, "en").body()).contains("★★★★★")
                .doesNotContain("Is it solved?");
    }

    @Test
    void theJsonTwinAnswersTheSameWithProblemDetailsForBadAnswers() {
        ResponseEntity<JsonNode> view = get(null, "/api/public/tickets/" + number + "?token=" + token);
        ResponseEntity<JsonNode> reply = post(null, "/api/public/tickets/" + number + "/replies?token=" + token,
                Map.of("message", "Any news?", "clientMessageId", "app-msg-000001"));
        ResponseEntity<JsonNode> replyAgain = post(null, "/api/public/tickets/" + number + "/replies?token=" + token,
                Map.of("message", "Any news?", "clientMessageId", "app-msg-000001"));
        ResponseEntity<JsonNode> tooEarly = post(null, "/api/public/tickets/" + number + "/rating?token=" + token,
                Map.of("rating", 4));
        ResponseEntity<JsonNode> badRating = post(null, "/api/public/tickets/" + number + "/rating?token=" + token,
                Map.of("rating", 0));
        ResponseEntity<JsonNode> wrongToken = post(null, "/api/public/tickets/" + number + "/replies?token=x",
                Map.of("message", "Let me in"));

        assertThat(view.getBody().get("mayReply").asBoolean()).isTrue();
        assertThat(reply.getBody().get("result").asText()).isEqualTo("CHANGED");
        assertThat(replyAgain.getBody().get("result").asText()).isEqualTo("UNCHANGED");
        assertThat(reply.getBody().get("status").get("updates").findValuesAsText("text")).contains("Any news?");
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(badRating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badRating.getBody().toString()).contains("rating");
        assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private HttpResponse<String> open(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String formIdOn(String page) {
        Matcher formId = Pattern.compile("name=\"formId\" value=\"([\\w-]+)\"").matcher(page);
        assertThat(formId.find()).as("the reply form's one-time id").isTrue();
        return formId.group(1);
    }
}
