package uk.nhs.cohortcoach.gateway.token;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Like Spring Cloud Gateway's TokenRelay, for the platform's own session: a request routed to a
 * service that carries the session cookie and no {@code Authorization} header gets
 * {@code Authorization: Bearer <token from the cookie>}. The session cookie itself is not passed on,
 * so services only ever see bearer tokens. The gateway does not judge the token: the service does,
 * and answers 401 for an expired or forged one.
 */
@Component
class SessionTokenRelayFilter implements GlobalFilter, Ordered {

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final SessionCookie sessionCookie;

    SessionTokenRelayFilter(SessionCookie sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String token = sessionCookie.read(request);
        if (token == null) {
            return chain.filter(exchange);
        }
        ServerHttpRequest relayed = request.mutate().headers(headers -> {
            if (headers.getFirst(HttpHeaders.AUTHORIZATION) == null && COMPACT_JWS.matcher(token).matches()) {
                headers.setBearerAuth(token);
            }
            withoutSessionCookie(headers);
        }).build();
        return chain.filter(exchange.mutate().request(relayed).build());
    }

    private void withoutSessionCookie(HttpHeaders headers) {
        List<String> others = headers.getOrEmpty(HttpHeaders.COOKIE).stream()
                .flatMap(header -> Arrays.stream(header.split(";")))
                .map(String::trim)
                .filter(cookie -> !cookie.isEmpty() && !cookie.startsWith(sessionCookie.name() + "="))
                .toList();
        headers.remove(HttpHeaders.COOKIE);
        if (!others.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, others.stream().collect(Collectors.joining("; ")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
