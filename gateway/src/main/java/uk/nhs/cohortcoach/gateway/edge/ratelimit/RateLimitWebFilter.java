package uk.nhs.cohortcoach.gateway.edge.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.edge.ClientAddress;
import uk.nhs.cohortcoach.gateway.edge.EdgeProblems;

/**
 * Applies every configured rate limit before anything else is done with the request (right after
 * the correlation id). The client address is the connection's, or the forwarded one when the
 * gateway trusts forwarded headers ({@code server.forward-headers-strategy=framework}), as sign-in's
 * failed-attempt throttle counts it. Beyond a limit: 429 problem with {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitWebFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitWebFilter.class);

    private final List<ClientRateLimit> limits;

    RateLimitWebFilter(RateLimitProperties properties) {
        this.limits = properties.limits().entrySet().stream()
                .map(limit -> new ClientRateLimit(limit.getKey(), limit.getValue(), properties.maxTrackedClients()))
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String method = request.getMethod().name();
        for (ClientRateLimit limit : limits) {
            if (!limit.covers(method, request.getPath().pathWithinApplication())) {
                continue;
            }
            String client = ClientAddress.of(request);
            Optional<Duration> wait = limit.tryConsume(client);
            if (wait.isPresent()) {
                log.warn("Rate limit {} reached by {}", limit.name(), client);
                return EdgeProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                        "Too many requests from your address. Wait a moment, then try again.", wait.get());
            }
        }
        return chain.filter(exchange);
    }

}
