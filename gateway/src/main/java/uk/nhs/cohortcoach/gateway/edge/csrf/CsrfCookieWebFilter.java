package uk.nhs.cohortcoach.gateway.edge.csrf;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes sure the browser has the {@code XSRF-TOKEN} cookie before it needs it: on every GET or HEAD
 * the gateway answers itself (pages, assets, {@code /auth/me}; not the proxied {@code /api/}), the
 * CSRF token is loaded, which sets the cookie when the browser does not have one yet. Spring Security
 * creates the token lazily, so without this a page would never receive it.
 */
@Component
class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        boolean pageLoad = (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && !exchange.getRequest().getPath().value().startsWith("/api/");
        return token != null && pageLoad ? token.then(chain.filter(exchange)) : chain.filter(exchange);
    }
}
