package io.ticketflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.TestUsers;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Client mistakes on the engine's REST API, made by an admin (who gets past every role rule): a 4xx Problem Details
 * each time, never a 500, and nothing of the database, the classes or the file system in the answer.
 */
class EngineRestBadInputIT extends ApiIntegrationTest {

    static Stream<Arguments> mistakes() {
        String tooLong = "g".repeat(300);
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/engine-rest/task/no-such-task", null, 404),
                Arguments.of(HttpMethod.POST, "/engine-rest/task/no-such-task/complete", "{}", 404),
                Arguments.of(HttpMethod.POST, "/engine-rest/job/no-such-job/execute", null, 404),
                Arguments.of(HttpMethod.PUT, "/engine-rest/job/no-such-job/duedate", "{\"duedate\":\"tomorrow\"}", 400),
                Arguments.of(HttpMethod.GET, "/engine-rest/process-definition/key/NoSuchProcess", null, 404),
                Arguments.of(HttpMethod.POST, "/engine-rest/process-definition/key/NoSuchProcess/start", "{}", 404),
                Arguments.of(HttpMethod.POST, "/engine-rest/user/create",
                        "{\"profile\":{\"id\":\"" + TestUsers.ADMIN + "\"},\"credentials\":{\"password\":\"x\"}}", 409),
                Arguments.of(HttpMethod.POST, "/engine-rest/group/create",
                        "{\"id\":\"" + tooLong + "\",\"name\":\"x\"}", 400),
                Arguments.of(HttpMethod.POST, "/engine-rest/task/create", "{", 400),
                Arguments.of(HttpMethod.POST, "/engine-rest/task/create", "{\"id\": [1, 2]}", 400),
                Arguments.of(HttpMethod.POST, "/engine-rest/process-instance/no-such-instance/variables",
                        "{\"modifications\":{\"x\":{\"type\":\"Object\",\"value\":\"rO0ABXA=\",\"valueInfo\":"
                                + "{\"objectTypeName\":\"java.lang.Object\",\"serializationDataFormat\":"
                                + "\"application/x-java-serialized-object\"}}}}", 404),
                Arguments.of(HttpMethod.POST, "/engine-rest/message", "{\"messageName\":\"NoSuchMessage\"}", 400),
                Arguments.of(HttpMethod.GET, "/engine-rest/no-such-resource", null, 404));
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @MethodSource("mistakes")
    void aClientMistakeOnTheEngineIsA4xxProblemWithoutInternals(HttpMethod method, String path, String body,
            int status) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(TestUsers.ADMIN, TestUsers.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertWithoutInternals(response);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void aFileThatIsNotBpmnIsRefusedWithTheReason(String fileName, String content) {
        ResponseEntity<String> response = deploy(fileName, content);

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains(fileName);
        assertWithoutInternals(response);
    }

    static Stream<Arguments> deployments() {
        return Stream.of(Arguments.of("notes.bpmn", "this is not XML"),
                Arguments.of("empty.bpmn", ""),
                Arguments.of("other.bpmn", "<html><body>hello</body></html>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversized")
    void aBodyOverTheCapIs413(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(TestUsers.ADMIN, TestUsers.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"modifications\":{\"x\":{\"value\":\"" + "x".repeat(1_500_000) + "\"}}}";

        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertWithoutInternals(response);
    }

    static List<String> oversized() {
        return List.of("/engine-rest/process-instance/any/variables", "/engine-rest/task/any/complete");
    }

    private ResponseEntity<String> deploy(String fileName, String content) {
        return deploy(TestUsers.ANALYST, "bad-input", fileName, content, String.class);
    }

    private static void assertWithoutInternals(ResponseEntity<String> response) {
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).doesNotContain("java.").doesNotContain("org.").doesNotContain("###")
                .doesNotContain("Exception").doesNotContainIgnoringCase("insert into")
                .doesNotContainIgnoringCase("select ").doesNotContain(".jar").doesNotContain("/root");
    }
}
