package uk.nhs.cohortcoach.gateway.edge.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
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
 * the correlation id and the forwarded-address check). A request takes one from the bucket of each
 * limit that covers it: its client address's, or its survey link token's. Beyond a limit: 429
 * problem with {@code Retry-After}. Tokens are secrets and are never logged.
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
        PathContainer path = request.getPath().pathWithinApplication();
        String client = ClientAddress.of(request);
        for (ClientRateLimit limit : limits) {
            Optional<String> key = limit.keyOf(method, path, client);
            if (key.isEmpty()) {
                continue;
            }
            Optional<Duration> wait = limit.tryConsume(key.get());
            if (wait.isPresent()) {
                log.warn("Rate limit {} reached from {}", limit.name(), client);
                String detail = limit.per() == RateLimitProperties.Per.LINK_TOKEN
                        ? "Too many requests for this " + limit.linkName() + ". Wait a moment, then try again."
                        : "Too many requests from your address. Wait a moment, then try again.";
                return EdgeProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                        detail, wait.get());
            }
        }
        return chain.filter(exchange);
    }
}
