package uk.nhs.cohortcoach.platform.support.apidocs;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The document carries the service's name as its title, and one server, {@code /}: the API is called
 * through the gateway (the service's own port is not public), so "Try it out" in the gateway's API
 * browser stays on the gateway's origin, as its Content-Security-Policy requires.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocsAutoConfiguration {

    @Bean
    OpenApiCustomizer platformApiDocs(Environment environment) {
        String name = environment.getProperty("spring.application.name", "service");
        return openApi -> {
            Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
            openApi.info(info.title("Cohort Coach " + name).version("v1")
                    .description("Called through the gateway with a platform token (Authorization: Bearer), or a survey link token."));
            openApi.servers(List.of(new Server().url("/").description("through the gateway")));
        };
    }
}
