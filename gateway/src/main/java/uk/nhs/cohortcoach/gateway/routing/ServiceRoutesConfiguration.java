package uk.nhs.cohortcoach.gateway.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** Builds one route per service from {@link ServiceRoutesProperties}, and a health component per service. */
@Configuration(proxyBeanMethods = false)
class ServiceRoutesConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceRoutesProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((name, service) -> routes.route(name,
                route -> route.path(service.paths().toArray(String[]::new)).uri(service.uri())));
        return routes.build();
    }

    /** Health component {@code services}, with one child per service, reported at the gateway's /actuator/health. */
    @Bean
    CompositeReactiveHealthContributor servicesHealthContributor(ServiceRoutesProperties properties) {
        WebClient client = WebClient.create();
        Map<String, ServiceReadinessIndicator> indicators = new LinkedHashMap<>();
        properties.services().forEach((name, service) -> indicators.put(name,
                new ServiceReadinessIndicator(client, service.uri(), properties.healthTimeout())));
        return CompositeReactiveHealthContributor.fromMap(indicators);
    }
}
