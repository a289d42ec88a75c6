package io.ticketflow.security;

import static io.ticketflow.security.Roles.ADMIN_AUTHORITY;
import static io.ticketflow.security.Roles.AGENT_AUTHORITY;
import static io.ticketflow.security.Roles.ANALYST_AUTHORITY;
import static io.ticketflow.security.Roles.INTEGRATOR_AUTHORITY;
import static io.ticketflow.security.Roles.SUPERVISOR_AUTHORITY;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Two chains:
 * <ul>
 * <li>the machine APIs ({@code /api/**}, {@code /engine-rest/**}): HTTP Basic on every request, no session
 * (so no cookie, so no CSRF), Problem Details for 401/403;</li>
 * <li>everything else (Camunda webapps, Swagger UI, login page): form login with a session; the webapps pick the
 * logged-in user up through {@link CamundaWebappAuthentication}.</li>
 * </ul>
 * Open without login: health, the API docs and static assets, the public web form and its status look-up, and
 * signed channel webhooks. Camunda's authorizations (see {@link RoleAuthorizations}) further restrict what a user
 * may do inside {@code /engine-rest} and the webapps.
 */
@Configuration
class SecurityConfig {

    static final String CAMUNDA_WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/", "/index.html", "/favicon.ico", "/css/**", "/js/**", "/images/**", "/webjars/**", "/error"};

    /** Paths are matched against the whole path, whichever servlet (Spring MVC, Jersey, webapps) serves them. */
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private static RequestMatcher[] paths(String... patterns) {
        return Arrays.stream(patterns).map(PATHS::matcher).toArray(RequestMatcher[]::new);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher(new OrRequestMatcher(paths("/api/**", "/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests
                        // The website's form and its status look-up (secret token), and signed channel webhooks
                        // (the signature is their authentication).
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/public/tickets"),
                                PATHS.matcher(HttpMethod.GET, "/api/public/tickets/*"),
                                PATHS.matcher(HttpMethod.POST, "/api/public/tickets/*/replies"),
                                PATHS.matcher(HttpMethod.POST, "/api/public/tickets/*/confirmation"),
                                PATHS.matcher(HttpMethod.POST, "/api/public/tickets/*/rating"),
                                PATHS.matcher(HttpMethod.POST, "/api/public/attachments"),
                                PATHS.matcher(HttpMethod.POST, "/api/channels/*/messages"))
                        .permitAll()
                        .requestMatchers(paths("/api/attachments"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/tasks/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/escalations", "/api/escalations/**", "/api/sla/**",
                                "/api/reports/**"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/macros"),
                                PATHS.matcher(HttpMethod.GET, "/api/macros/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/macros/**"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/users/*/language")).authenticated()
                        .requestMatchers(paths("/api/webhooks", "/api/webhooks/**"))
                        .hasAnyRole(INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/notifications", "/api/notifications/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/dispatch/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ANALYST_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.PUT, "/api/dispatch/agents/*/duty"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.PUT, "/api/dispatch/agents/*"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/dispatch/**"))
                        .hasRole(ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/settlements/**"),
                                PATHS.matcher(HttpMethod.GET, "/api/settlements"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ANALYST_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/settlements/*/pay"))
                        .hasRole(ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/settlements/**"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/partners"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ANALYST_AUTHORITY, INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/partners/*/sales"))
                        .hasAnyRole(INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/partners", "/api/partners/**"))
                        .hasRole(ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.PUT, "/api/orders/*"),
                                PATHS.matcher(HttpMethod.PUT, "/api/opportunities/*"))
                        .hasAnyRole(INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.PUT, "/api/devices/*"))
                        .hasAnyRole(INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/maintenance/**", "/api/admin/**"))
                        .hasRole(ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/customers/*/merge"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/orders/**", "/api/opportunities/**", "/api/customers/**",
                                "/api/devices/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/templates"),
                                PATHS.matcher(HttpMethod.GET, "/api/templates/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ANALYST_AUTHORITY, INTEGRATOR_AUTHORITY,
                                ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/templates/**"))
                        .hasAnyRole(ANALYST_AUTHORITY, ADMIN_AUTHORITY)
                        // Public replies and internal notes are agents' acts; integrators relay customers' messages
                        // (customer-replies).
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/tickets/*/replies"),
                                PATHS.matcher(HttpMethod.POST, "/api/tickets/*/notes"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/api/tickets", "/api/tickets/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, INTEGRATOR_AUTHORITY, ADMIN_AUTHORITY)
                        // The engine's own API: analysts deploy (through the process contract), supervisors and
                        // analysts read, everything else is the admins'. Agents work through /api and Tasklist,
                        // integrations through /api. Camunda's authorizations (RoleAuthorizations) apply on top.
                        // Passwords are checked only by the throttled log-in (LoginThrottle), never by this.
                        .requestMatchers(paths("/engine-rest/identity/verify"))
                        .denyAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, "/engine-rest/deployment/create"))
                        .hasAnyRole(ANALYST_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/engine-rest/**"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ANALYST_AUTHORITY, ADMIN_AUTHORITY)
                        .requestMatchers(paths("/engine-rest/**"))
                        .hasRole(ADMIN_AUTHORITY)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM)
                        .authenticationEntryPoint(problems.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The customers' status pages: open, with the ticket's status token in the link as the key. No session and no
     * cookie, so nothing for a forged cross-site form to ride on (the token it would need is the secret itself);
     * no scripts, no framing, and no Referer that would carry the token to another site.
     */
    @Bean
    @Order(2)
    SecurityFilterChain statusPageSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/status/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'self'; "
                                + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain browserSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // The webapps' own log-in checks passwords past our throttle; single sign-on never uses it.
                        .requestMatchers(paths("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .requestMatchers(paths(PUBLIC_PATHS)).permitAll()
                        .requestMatchers(paths("/camunda/app/admin/**")).hasRole(ADMIN_AUTHORITY)
                        // The supervisor's journey board: counts across teams, for supervisors and admins.
                        .requestMatchers(paths("/console/journeys", "/console/journeys/**", "/console/dashboard",
                                "/console/escalations"))
                        .hasAnyRole(SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        // The console is the staff's who work tickets, as the API's replies and notes are.
                        .requestMatchers(paths("/console", "/console/**"))
                        .hasAnyRole(AGENT_AUTHORITY, SUPERVISOR_AUTHORITY, ADMIN_AUTHORITY)
                        .anyRequest().authenticated())
                // Our own login page (console.LoginPageController); signing in at /login itself leads to the
                // console's queue, otherwise back to the page that asked for the login.
                .formLogin(form -> form.loginPage("/login").permitAll().defaultSuccessUrl("/console/queue"))
                // The webapps' own "log out" ends the Spring session too; otherwise single sign-on would log the
                // user straight back in.
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout"),
                                PATHS.matcher(HttpMethod.POST, CAMUNDA_WEBAPP_LOGOUT)))
                        .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK),
                                PATHS.matcher(CAMUNDA_WEBAPP_LOGOUT)))
                // The console runs only its own scripts (htmx, ECharts, ours — all served from here).
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PATHS.matcher("/console/**"), new StaticHeadersWriter("Content-Security-Policy",
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"))))
                // The Camunda webapps carry their own CSRF protection (X-XSRF-TOKEN).
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
        return http.build();
    }
}
