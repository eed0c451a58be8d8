package uk.nhs.cohortcoach.gateway.routing;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests go to the web module: every path that is not the gateway's own ({@link #GATEWAY_PATHS}).
 * The gateway serves no page of its own: every page, its scripts and its styles come from the web module.
 */
final class WebPages implements Predicate<ServerWebExchange> {

    /**
     * The gateway's own paths: its endpoints, the proxied APIs, OIDC, Actuator, the OpenAPI documents and Swagger UI
     * (with its WebJar). Every other WebJar (GOV.UK Frontend, Chart.js) is the web module's.
     */
    static final List<String> GATEWAY_PATHS = List.of("/api/**", "/auth/**", "/oauth2/**", "/login/**",
            "/.well-known/**", "/actuator/**", "/api-docs", "/api-docs/**", "/v3/api-docs/**", "/swagger-ui/**", "/webjars/swagger-ui/**",
            "/gateway/**");

    private static final List<PathPattern> GATEWAY = GATEWAY_PATHS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    @Override
    public boolean test(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        return GATEWAY.stream().noneMatch(pattern -> pattern.matches(path));
    }
}
