package io.ticketflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.support.ApiIntegrationTest;
import io.ticketflow.support.RawHttp;
import io.ticketflow.support.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing, tried as an attacker would: anonymous HTTP Basic and form log-ins from one client address
 * ({@code 127.0.0.x}, one per test, so the address every other test uses is never throttled).
 */
class LoginThrottleIT extends ApiIntegrationTest {

    private static final String WRONG = "not-the-password";

    @LocalServerPort
    private int port;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private SecuritySettings settings;

    private final List<String> createdUsers = new ArrayList<>();
    private String victim;

    @BeforeEach
    void createVictim() {
        victim = newUser(Roles.INTEGRATOR);
    }

    @AfterEach
    void deleteCreatedUsers() {
        createdUsers.forEach(identityService::deleteUser);
    }

    @Test
    void tenWrongPasswordsDoNotLockAnAccountForGood() {
        // Twelve wrong passwords, three from each of four addresses: none of them throttled, all reach the engine.
        for (int address = 11; address <= 14; address++) {
            for (int i = 0; i < 3; i++) {
                assertThat(RawHttp.from(port, address).get("/api/templates", auth(victim, WRONG)).status())
                        .isEqualTo(401);
            }
        }
        assertThat(failedAttemptsCamundaCounted(victim)).isEqualTo(12);

        RawHttp.Response rightPassword = RawHttp.from(port, 15).get("/api/templates",
                auth(victim, TestUsers.PASSWORD));

        assertThat(rightPassword.status()).as(rightPassword.body()).isEqualTo(200);
        assertThat(identityService.checkPassword(victim, TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void aThrottledAddressGets429() {
        RawHttp attacker = RawHttp.from(port, 21);
        for (int i = 0; i < settings.loginThrottle().addressFailures(); i++) {
            assertThat(attacker.get("/api/templates", auth("guess" + i, WRONG)).status()).isEqualTo(401);
        }

        RawHttp.Response throttled = attacker.get("/engine-rest/process-definition", auth("guessAgain", WRONG));
        RawHttp.Response evenTheRightPassword = attacker.get("/api/templates", auth(victim, TestUsers.PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(throttled.body()).contains("urn:ticketflow:problem:too-many-requests");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
        assertThat(evenTheRightPassword.status()).isEqualTo(429);
        assertThat(RawHttp.from(port, 22).get("/api/templates", auth(victim, TestUsers.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void anAccountThrottledFromOneAddressStillLogsInFromAnother() {
        RawHttp attacker = RawHttp.from(port, 31);
        for (int i = 0; i < settings.loginThrottle().accountFailures(); i++) {
            assertThat(attacker.get("/api/templates", auth(victim, WRONG)).status()).isEqualTo(401);
        }

        assertThat(attacker.get("/api/templates", auth(victim, TestUsers.PASSWORD)).status()).isEqualTo(429);
        assertThat(attacker.get("/api/templates", auth(victim.toUpperCase(), WRONG)).status())
                .as("another spelling is the same name").isEqualTo(429);
        assertThat(attacker.get("/api/templates", auth("someoneElse", WRONG)).status()).isEqualTo(401);
        assertThat(RawHttp.from(port, 32).get("/api/templates", auth(victim, TestUsers.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void unknownUsersAndWrongPasswordsLookTheSame() {
        List<String> unknown = attempts(RawHttp.from(port, 41), "nobody" + ThreadLocalRandom.current().nextInt(1_000_000));
        List<String> known = attempts(RawHttp.from(port, 42), victim);

        assertThat(known).isEqualTo(unknown);
        assertThat(known.get(known.size() - 1)).startsWith("429");
    }

    /** Status, authentication challenge and problem type of each of (account limit + 1) wrong log-ins. */
    private List<String> attempts(RawHttp client, String user) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i <= settings.loginThrottle().accountFailures(); i++) {
            RawHttp.Response response = client.get("/api/tickets", auth(user, WRONG));
            answers.add(response.status() + " " + response.header("WWW-Authenticate") + " "
                    + response.header("Content-Type") + " "
                    + response.body().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1")
                    + " " + response.body().replaceAll(".*\"detail\":\"([^\"]+)\".*", "$1")
                            .replaceAll("\\d+ s", "N s"));
        }
        return answers;
    }

    @Test
    void theLoginPageIsThrottledToo() {
        RawHttp browser = RawHttp.from(port, 51);
        for (int i = 0; i < settings.loginThrottle().accountFailures(); i++) {
            assertThat(formLogin(browser, victim, WRONG)).endsWith("/login?error");
        }

        assertThat(formLogin(browser, victim, TestUsers.PASSWORD)).as("throttled").endsWith("/login?error");
        assertThat(formLogin(RawHttp.from(port, 52), victim, TestUsers.PASSWORD)).doesNotContain("error");
    }

    @Test
    void theWebappsOwnLoginCannotBeUsedToGuessPasswords() {
        RawHttp browser = RawHttp.from(port, 61);
        String session = sessionOf(browser, TestUsers.AGENT_EAST);
        // Camunda's CSRF token, as the webapp itself would send it.
        String xsrf = browser.get("/camunda/app/tasklist/default/", "Cookie: " + session).headers().entrySet()
                .stream().filter(h -> h.getKey().equals("set-cookie")).map(h -> h.getValue().split(";")[0])
                .findFirst().orElseThrow();

        RawHttp.Response guess = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=" + victim + "&password=" + WRONG, "Cookie: " + session + "; " + xsrf,
                "X-XSRF-TOKEN: " + xsrf.substring(xsrf.indexOf('=') + 1));

        assertThat(guess.status()).as(guess.body()).isEqualTo(403);
        assertThat(failedAttemptsCamundaCounted(victim)).isZero();
    }

    @Test
    void aLockedAdminCanBeUnlockedByConfiguration() {
        String admin = newUser(Roles.ADMIN);
        // Locked as Camunda's old settings left it: ten failures, and (as any other lock could) a lock expiring
        // long after anyone can wait — in 2037, as MySQL's TIMESTAMP column ends in January 2038.
        jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 10, LOCK_EXP_TIME_ = ? where ID_ = ?",
                java.sql.Timestamp.valueOf("2037-12-31 00:00:00"), admin);
        assertThat(RawHttp.from(port, 71).get("/api/templates", auth(admin, TestUsers.PASSWORD)).status())
                .isEqualTo(401);
        SecuritySettings configured = new Binder(new MapConfigurationPropertySource(
                Map.of("ticketflow.security.unlock-users", "nobodyOfThatName, " + admin)))
                .bind("ticketflow.security", SecuritySettings.class).get();

        new LockedUserUnlocker(identityService, configured).unlockListedUsers();

        assertThat(configured.unlockUsers()).containsExactly("nobodyOfThatName", admin);
        assertThat(RawHttp.from(port, 72).get("/api/templates", auth(admin, TestUsers.PASSWORD)).status())
                .isEqualTo(200);
    }

    private String newUser(String role) {
        String userId = "throttle" + ThreadLocalRandom.current().nextInt(100_000_000);
        TestUsers.ensureUser(identityService, userId, List.of(role));
        createdUsers.add(userId);
        return userId;
    }

    private Integer failedAttemptsCamundaCounted(String userId) {
        return jdbc.queryForObject("select coalesce(ATTEMPTS_, 0) from ACT_ID_USER where ID_ = ?", Integer.class, userId);
    }

    private static String auth(String user, String password) {
        return "Authorization: " + RawHttp.basic(user, password);
    }

    /** Logs in through the login page and returns where it sent the browser. */
    private static String formLogin(RawHttp browser, String user, String password) {
        RawHttp.Response page = browser.get("/login");
        String cookie = page.header("Set-Cookie").split(";")[0];
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
        RawHttp.Response answer = browser.postForm("/login", "username=" + encode(user) + "&password="
                + encode(password) + "&_csrf=" + encode(csrf), "Cookie: " + cookie);
        assertThat(answer.status()).isEqualTo(302);
        return answer.header("Location");
    }

    private static String sessionOf(RawHttp browser, String user) {
        RawHttp.Response page = browser.get("/login");
        String cookie = page.header("Set-Cookie").split(";")[0];
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
        RawHttp.Response answer = browser.postForm("/login", "username=" + encode(user) + "&password="
                + encode(TestUsers.PASSWORD) + "&_csrf=" + encode(csrf), "Cookie: " + cookie);
        assertThat(answer.header("Location")).doesNotContain("error");
        String renewed = answer.header("Set-Cookie");
        return renewed != null ? renewed.split(";")[0] : cookie;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
