package uk.nhs.cohortcoach.gateway.edge.csrf;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes sure the browser has the {@code XSRF-TOKEN} cookie before it needs it: on every GET or HEAD
 * the gateway answers itself ({@code /auth/me}, {@code /auth/options}, Swagger UI), the CSRF token is loaded, which sets
 * the cookie when the browser does not have one yet. Spring Security creates the token lazily, so without
 * this a script calling {@code /api} straight after {@code /auth/me} would have no token to send. A response routed to a service or to the web module never gets
 * it from the gateway: the web module issues the same cookie itself (its forms carry the token), so exactly one
 * party sets it on any response. Whether the request was routed is known only once it has been answered, so
 * the token is loaded just before the response is committed.
 */
@Component
class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token != null && (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            exchange.getResponse().beforeCommit(() -> answeredByTheGateway(exchange) ? token.then() : Mono.empty());
        }
        return chain.filter(exchange);
    }

    private static boolean answeredByTheGateway(ServerWebExchange exchange) {
        return exchange.getAttribute(GATEWAY_ROUTE_ATTR) == null;
    }
}
