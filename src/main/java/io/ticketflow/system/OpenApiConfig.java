package io.ticketflow.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its one security scheme, so Swagger UI offers "Authorize". */
@Configuration
class OpenApiConfig {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI ticketflowOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Ticketflow API").version("v1")
                        .description("Tickets from every channel, routed by decision tables, worked through BPMN. "
                                + "Errors are RFC 9457 Problem Details; see docs/api-guide.md."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
