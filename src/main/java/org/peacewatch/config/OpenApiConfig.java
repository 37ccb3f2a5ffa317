package org.peacewatch.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI peaceWatchOpenApi() {
        return new OpenAPI()
                .info(new Info().title("PeaceWatch API").version("v1")
                        .description("Who said what about which negotiation issue, when: sources, articles, tags, timelines."))
                .components(new Components().addSecuritySchemes("admin",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Admin token (peacewatch.security.admin-tokens); needed for writes only.")));
    }
}
