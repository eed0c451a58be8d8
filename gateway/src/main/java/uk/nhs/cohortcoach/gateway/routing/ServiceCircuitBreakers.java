package uk.nhs.cohortcoach.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ResponseStatusException;
import uk.nhs.cohortcoach.gateway.edge.RequestBodyTooLargeException;

/**
 * The reactive Resilience4J circuit breaker factory behind the gateway's {@code CircuitBreaker}
 * route filter, made here rather than left to auto-configuration (the reactive starter does not
 * resolve here), with one breaker and time limiter per service (and one for the web module) from {@link ResilienceProperties}.
 * The registries are resilience4j-spring-boot4's, so breaker states reach {@code /actuator/prometheus}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceCircuitBreakers {

    @Bean
    ReactiveResilience4JCircuitBreakerFactory reactiveResilience4JCircuitBreakerFactory(
            ObjectProvider<CircuitBreakerRegistry> breakers, ObjectProvider<TimeLimiterRegistry> timeLimiters,
            ObjectProvider<Resilience4JConfigurationProperties> resilience4j,
            ServiceRoutesProperties routes, ResilienceProperties properties) {
        ReactiveResilience4JCircuitBreakerFactory factory = new ReactiveResilience4JCircuitBreakerFactory(
                breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults),
                timeLimiters.getIfAvailable(TimeLimiterRegistry::ofDefaults),
                null,
                resilience4j.getIfAvailable(Resilience4JConfigurationProperties::new));
        CircuitBreakerConfig breaker = circuitBreakerConfig(properties);
        TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build();
        factory.configure(builder -> builder.circuitBreakerConfig(breaker).timeLimiterConfig(timeLimiter),
                Stream.concat(routes.services().keySet().stream(), Stream.of(ServiceRoutesProperties.WEB))
                        .toArray(String[]::new));
        return factory;
    }

    static CircuitBreakerConfig circuitBreakerConfig(ResilienceProperties properties) {
        return CircuitBreakerConfig.custom()
                .slidingWindowSize(properties.slidingWindow())
                .minimumNumberOfCalls(properties.minimumCalls())
                .failureRateThreshold(properties.failureRateThreshold())
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(properties.halfOpenCalls())
                .recordException(ServiceCircuitBreakers::isServiceFailure)
                .build();
    }

    /**
     * The caller's own faults (a body over the limit, a 4xx) say nothing about the service's health.
     * A 500 never gets here as a failure: it is not among the failure statuses, so it is passed on.
     */
    static boolean isServiceFailure(Throwable failure) {
        if (RequestBodyTooLargeException.isCauseOf(failure)) {
            return false;
        }
        return !(failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError());
    }
}
