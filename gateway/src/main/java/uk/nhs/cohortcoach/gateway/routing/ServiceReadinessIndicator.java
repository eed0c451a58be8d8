package uk.nhs.cohortcoach.gateway.routing;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** UP when the service answers its readiness probe with UP within the timeout. */
class ServiceReadinessIndicator extends AbstractReactiveHealthIndicator {

    private final WebClient client;
    private final URI readiness;
    private final Duration timeout;

    ServiceReadinessIndicator(WebClient client, URI serviceUri, Duration timeout) {
        super("Service readiness check failed");
        this.client = client;
        this.readiness = serviceUri.resolve("/actuator/health/readiness");
        this.timeout = timeout;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return client.get().uri(readiness)
                .exchangeToMono(response -> Mono.just(response.statusCode().is2xxSuccessful()
                        ? builder.up().build()
                        : builder.down().withDetail("httpStatus", response.statusCode().value()).build()))
                .timeout(timeout);
    }
}
