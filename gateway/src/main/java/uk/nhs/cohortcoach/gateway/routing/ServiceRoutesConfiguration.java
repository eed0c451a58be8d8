package uk.nhs.cohortcoach.gateway.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds, per service in {@link ServiceRoutesProperties}: the route for the paths it owns, the route
 * {@code /v3/api-docs/<service>} to its OpenAPI document, both behind the service's circuit breaker
 * and time limit (see {@link ServiceCircuitBreakers}), and a health component. Last, the route to the
 * web module for every page (see {@link WebPages}), behind a breaker and time limit of its own, and its
 * health component.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutesConfiguration {

    /** Where every service publishes its OpenAPI document. */
    static final String API_DOCS = "/v3/api-docs";

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceRoutesProperties properties,
            ResilienceProperties resilience) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((name, service) -> {
            routes.route(name, route -> route.path(service.paths().toArray(String[]::new))
                    .filters(filters -> filters.filter(ServiceUnavailableFallback::rememberAskedFor)
                            .circuitBreaker(breaker -> breaker(breaker, name, resilience)))
                    .uri(service.uri()));
            routes.route(name + "-api-docs", route -> route.path(API_DOCS + "/" + name)
                    .filters(filters -> filters.filter(ServiceUnavailableFallback::rememberAskedFor)
                            .setPath(API_DOCS)
                            .circuitBreaker(breaker -> breaker(breaker, name, resilience)))
                    .uri(service.uri()));
        });
        routes.route(ServiceRoutesProperties.WEB, route -> route.order(Ordered.LOWEST_PRECEDENCE)
                .predicate(new WebPages())
                .filters(filters -> filters.filter(ServiceUnavailableFallback::rememberAskedFor)
                        .circuitBreaker(breaker -> breaker(breaker, ServiceRoutesProperties.WEB, resilience)))
                .uri(properties.web().uri()));
        return routes.build();
    }

    private static void breaker(SpringCloudCircuitBreakerFilterFactory.Config breaker, String service,
            ResilienceProperties resilience) {
        breaker.setName(service)
                .setFallbackUri("forward:" + ServiceUnavailableFallback.PATH + service)
                .setStatusCodes(resilience.failureStatuses().stream().map(String::valueOf).collect(Collectors.toSet()));
    }

    /**
     * Health component {@code services}, with one child per service and one for the web module, reported at
     * the gateway's /actuator/health.
     */
    @Bean
    CompositeReactiveHealthContributor servicesHealthContributor(ServiceRoutesProperties properties) {
        WebClient client = WebClient.create();
        Map<String, ServiceReadinessIndicator> indicators = new LinkedHashMap<>();
        properties.services().forEach((name, service) -> indicators.put(name,
                new ServiceReadinessIndicator(client, service.uri(), properties.healthTimeout())));
        indicators.put(ServiceRoutesProperties.WEB,
                new ServiceReadinessIndicator(client, properties.web().uri(), properties.healthTimeout()));
        return CompositeReactiveHealthContributor.fromMap(indicators);
    }
}
