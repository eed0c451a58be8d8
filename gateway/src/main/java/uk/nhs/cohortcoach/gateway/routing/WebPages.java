package uk.nhs.cohortcoach.gateway.routing;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which requests go to the web module: every path that is neither the gateway's own ({@link #GATEWAY_PATHS})
 * nor a file the gateway still serves from {@code classpath:static/} (the legacy pages' scripts and styles).
 * The legacy pages themselves are answered before any route is looked at (router functions come first, see
 * {@code PageRoutes}), and only while their file exists; so a legacy page or file deleted from the gateway
 * falls through to the web module by itself, with no change here.
 */
final class WebPages implements Predicate<ServerWebExchange> {

    /** The gateway's own paths: its endpoints, the proxied APIs, OIDC, Actuator, the OpenAPI documents, Swagger UI and WebJars. */
    static final List<String> GATEWAY_PATHS = List.of("/api/**", "/auth/**", "/oauth2/**", "/login/**",
            "/.well-known/**", "/actuator/**", "/api-docs", "/api-docs/**", "/v3/api-docs/**", "/swagger-ui/**", "/webjars/**",
            "/gateway/**");

    private static final String STATIC = "static";
    private static final List<PathPattern> GATEWAY = GATEWAY_PATHS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    @Override
    public boolean test(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        return GATEWAY.stream().noneMatch(pattern -> pattern.matches(path)) && !isStaticFile(path.value());
    }

    /** A file under {@code classpath:static/}, as the gateway's static resource handler would serve it. */
    static boolean isStaticFile(String path) {
        if (path.endsWith("/") || path.contains("..") || path.contains("\\") || path.contains("%")) {
            return false;
        }
        return new ClassPathResource(STATIC + path).isReadable();
    }
}
