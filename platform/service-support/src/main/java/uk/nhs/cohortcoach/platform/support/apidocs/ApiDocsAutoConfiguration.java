package uk.nhs.cohortcoach.platform.support.apidocs;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.LocalDateTime;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import uk.nhs.cohortcoach.platform.support.input.DomainDates;

/**
 * The document carries the service's name as its title, and one server, {@code /}: the API is called
 * through the gateway (the service's own port is not public), so "Try it out" in the gateway's API
 * browser stays on the gateway's origin, as its Content-Security-Policy requires. It declares the
 * bearer scheme, the problem schema, and per operation the roles and problem answers
 * ({@link OperationContract}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocsAutoConfiguration {

    static final String BEARER = "platformToken";
    static final String PROBLEM = "Problem";

    static {
        // A LocalDateTime is wall-clock time in London, not an instant: the document must not call it
        // "date-time" (which RFC 3339 gives an offset) and says how to write it.
        SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, localDateTimeSchema());
    }

    @Bean
    OperationCustomizer platformOperationContract() {
        return new OperationContract();
    }

    @Bean
    OpenApiCustomizer platformApiDocs(Environment environment) {
        String name = environment.getProperty("spring.application.name", "service");
        return openApi -> {
            Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
            openApi.info(info.title("Cohort Coach " + name).version("v1")
                    .description("Called through the gateway with a platform token (Authorization: Bearer), or a survey link token."));
            openApi.servers(List.of(new Server().url("/").description("through the gateway")));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT").description("The platform token the gateway issues at sign-in (15 minutes)."));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.components(components);
            openApi.security(List.of(new SecurityRequirement().addList(BEARER)));
            DomainRangesInDocument.apply(openApi);
        };
    }

    /** A local date and time as requests take it and responses give it: text, no offset, London wall clock. */
    static Schema<?> localDateTimeSchema() {
        return new StringSchema().pattern(DomainDates.LOCAL_DATE_TIME_PATTERN).example("2027-03-29T10:00")
                .description("A local date and time in Europe/London (wall-clock time), without an offset or Z: an offset "
                        + "is refused, never dropped. " + DomainRangesInDocument.RANGE);
    }

    /** RFC 9457 problem details as every service writes them. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("correlationId", new StringSchema().description("quote it when reporting the problem"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().description("JSON path of the field as sent, or the parameter"))
                        .addProperty("message", new StringSchema())));
    }
}
