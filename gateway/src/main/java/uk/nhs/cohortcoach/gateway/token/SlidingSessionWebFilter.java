package uk.nhs.cohortcoach.gateway.token;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Renews the session in passing: any request (page, API, the gateway's own) whose session cookie holds a token
 * due for renewal (see {@link SlidingSession}) gets the renewed token in a new session cookie on its response,
 * unless the response sets the session cookie itself (signing in, signing out, {@code POST /auth/refresh}, or the
 * web module relaying the gateway's sign-in), so that one response never sets it twice.
 */
@Component
class SlidingSessionWebFilter implements WebFilter {

    private final SessionCookie sessionCookie;
    private final SlidingSession sliding;

    SlidingSessionWebFilter(SessionCookie sessionCookie, SlidingSession sliding) {
        this.sessionCookie = sessionCookie;
        this.sliding = sliding;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String token = sessionCookie.read(exchange.getRequest());
        if (token == null) {
            return chain.filter(exchange);
        }
        return sliding.renewIfDue(token)
                .doOnNext(renewed -> {
                    ServerHttpResponse response = exchange.getResponse();
                    response.beforeCommit(() -> Mono.fromRunnable(() -> {
                        if (!setsSessionCookie(response)) {
                            response.addCookie(sessionCookie.issue(renewed));
                        }
                    }));
                })
                .then(chain.filter(exchange));
    }

    private boolean setsSessionCookie(ServerHttpResponse response) {
        String prefix = sessionCookie.name() + "=";
        return response.getCookies().containsKey(sessionCookie.name())
                || response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().anyMatch(cookie -> cookie.startsWith(prefix));
    }
}
