package io.ticketflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user Spring Security authenticated to Camunda, so the engine applies its authorizations to that user:
 * in the webapps (Tasklist, Cockpit, Admin — single sign-on, no second login) and in {@code /engine-rest}.
 * Both filters run after Spring Security's chain and read the request's principal.
 */
@Configuration
class CamundaWebappAuthentication {

    private static final int AFTER_SPRING_SECURITY = 101;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-webapp-sso");
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    /** After the webapps learned the user: their engine API takes no variable writes from non-admins. */
    @Bean
    FilterRegistrationBean<EngineWriteFence> camundaWebappEngineWriteFence(FormService formService,
            ProblemResponses problems, ObjectMapper json) {
        FilterRegistrationBean<EngineWriteFence> registration =
                new FilterRegistrationBean<>(new EngineWriteFence(formService, problems, json));
        registration.setName("camunda-webapp-engine-write-fence");
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(AFTER_SPRING_SECURITY + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaEngineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
