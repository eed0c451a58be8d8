package uk.nhs.cohortcoach.notificationservice.notify;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Chooses the one {@link EmailChannel} bean ({@code emailChannel}): {@link NotifyEmailChannel} when
 * {@code cohort-coach.notify.api-key} is set, otherwise {@link LogEmailChannel}. Says at start-up which
 * one is active (never the key).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifyProperties.class)
public class EmailChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmailChannelConfiguration.class);

    @Bean
    EmailChannel emailChannel(NotifyProperties properties,
            ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<RetryRegistry> retries,
            ObjectProvider<CircuitBreakerRegistry> circuitBreakers,
            ObjectProvider<RateLimiterRegistry> rateLimiters) {
        if (!properties.hasApiKey()) {
            log.info("Email channel: log (no NOTIFY_API_KEY). Email is written to the '{}' logger and not sent",
                    LogEmailChannel.LOGGER);
            return new LogEmailChannel();
        }
        NotifyApiKey key = properties.parsedApiKey().orElseThrow();
        NotifyJwt jwt = new NotifyJwt(key, clock.getIfAvailable(Clock::systemUTC));
        NotifyClient client = new NotifyClient(restClient(properties, restClientBuilder), jwt,
                template -> properties.templateId(template).orElse(null));
        log.info("Email channel: GOV.UK Notify at {} (service id {}, timeout {})", properties.baseUrl(), key.serviceId(),
                properties.timeout());
        return new NotifyEmailChannel(client,
                retries.getIfAvailable(RetryRegistry::ofDefaults).retry(NotifyEmailChannel.NAME),
                circuitBreakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults).circuitBreaker(NotifyEmailChannel.NAME),
                rateLimiters.getIfAvailable(RateLimiterRegistry::ofDefaults).rateLimiter(NotifyEmailChannel.NAME),
                meterRegistry.getIfAvailable());
    }

    /**
     * The {@code notify} circuit breaker reads the service's {@link Clock} (how long it has been open), as the
     * dispatcher does for back-offs: one notion of time, which a test can simulate (a 30-minute outage in seconds).
     */
    @Bean
    CircuitBreakerConfigCustomizer notifyCircuitBreakerClock(ObjectProvider<Clock> clock) {
        return CircuitBreakerConfigCustomizer.of(NotifyEmailChannel.NAME, config -> config.clock(clock.getIfAvailable(Clock::systemUTC)));
    }

    /** Boot's builder (observations, so {@code http.client.requests} metrics) with Notify's URL and timeouts. */
    static RestClient restClient(NotifyProperties properties, ObjectProvider<RestClient.Builder> builder) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.timeout());
        return builder.getIfAvailable(RestClient::builder)
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(requestFactory)
                .build();
    }
}
