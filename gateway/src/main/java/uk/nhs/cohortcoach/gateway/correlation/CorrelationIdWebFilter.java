package uk.nhs.cohortcoach.gateway.correlation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/**
 * Keeps a caller's safe {@code X-Correlation-Id} or creates one, forwards it to the service the
 * request is routed to, and returns it on the response (whatever the service answered).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(CorrelationIds.HEADER));
        // also as an attribute: error handlers get the exchange as it was before the request was mutated
        exchange.getAttributes().put(CorrelationIds.MDC_KEY, id);
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CorrelationIds.HEADER, id))
                .build();
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(CorrelationIds.HEADER, id);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build())
                .contextWrite(context -> context.put(CorrelationIds.MDC_KEY, id));
    }
}
