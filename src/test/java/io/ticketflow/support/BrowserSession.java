package io.ticketflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person logged in through the login form, as a browser is: the session cookie, the page the login led to, and
 * the Camunda webapps' CSRF token once {@link #withWebappToken()} fetched it.
 */
public record BrowserSession(TestRestTemplate http, String cookies, String webappToken, String landing) {

    /** Logs in through the form like a browser (following no redirects) and keeps the session cookie. */
    public static BrowserSession login(TestRestTemplate http, String user) {
        TestRestTemplate browser = http.withRedirects(Redirects.DONT_FOLLOW);
        ResponseEntity<String> page = browser.getForEntity("/login", String.class);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        String csrf = page.getBody().replaceAll("(?s).*name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\".*", "$1");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", TestUsers.PASSWORD);
        form.add("_csrf", csrf);
        HttpHeaders headers = browserHeaders(cookie);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> loggedIn = browser.exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);
        assertThat(loggedIn.getHeaders().getLocation().toString()).doesNotContain("error");
        String renewed = loggedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return new BrowserSession(http, renewed != null ? renewed.split(";")[0] : cookie, null,
                loggedIn.getHeaders().getLocation().getPath());
    }

    /** The same session with the token the Camunda webapps' API wants on every change (X-XSRF-TOKEN). */
    public BrowserSession withWebappToken() {
        ResponseEntity<String> first = http.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
                new HttpEntity<>(browserHeaders(cookies)), String.class);
        String token = first.getHeaders().getFirst("X-XSRF-TOKEN");
        return new BrowserSession(http, cookies + "; XSRF-TOKEN=" + token, token, landing);
    }

    public <T> ResponseEntity<T> get(String path, Class<T> type) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(browserHeaders(cookies)), type);
    }

    /** A page, as a browser asking for this language gets it. */
    public ResponseEntity<String> page(String path, String acceptLanguage) {
        HttpHeaders headers = browserHeaders(cookies);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return http.withRedirects(Redirects.DONT_FOLLOW).exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
    }

    /** A form on {@code page} posted as a browser does: with the page's CSRF token; the answer is not followed. */
    public ResponseEntity<String> submit(String page, String action, MultiValueMap<String, String> fields) {
        String html = get(page, String.class).getBody();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>(fields);
        form.add("_csrf", html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1"));
        HttpHeaders headers = browserHeaders(cookies);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.withRedirects(Redirects.DONT_FOLLOW).exchange(action, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
    }

    /** A JSON request to the webapps' API, as their pages send it. */
    public ResponseEntity<JsonNode> post(String path, Object body) {
        return send(HttpMethod.POST, path, body);
    }

    public ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body) {
        HttpHeaders headers = browserHeaders(cookies);
        headers.add("X-XSRF-TOKEN", webappToken);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    public static HttpHeaders browserHeaders(String cookie) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return headers;
    }
}
