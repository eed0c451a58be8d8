package uk.nhs.cohortcoach.gateway.edge.forwarded;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * First thing after the correlation id: from a trusted proxy, the request's remote address becomes
 * the client's (see {@link ForwardedFor}) and its scheme {@code https} when the proxy says
 * {@code X-Forwarded-Proto: https} (so HSTS and absolute links are right). Then, from anyone, every
 * forwarded header ({@code Forwarded}, {@code X-Forwarded-*}) is removed, so nothing later (rate
 * limits, sign-in, the services behind the routes) can be told a client's choice of address, host or
 * path prefix. The gateway's routes add fresh {@code X-Forwarded-*} headers for the services.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ForwardedHeadersWebFilter implements WebFilter {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private static final Logger log = LoggerFactory.getLogger(ForwardedHeadersWebFilter.class);

    private final ForwardedFor forwardedFor;
    private final AtomicBoolean warnedOfUntrustedForwarding = new AtomicBoolean();
    private final ForwardedHeaderTransformer remover = new ForwardedHeaderTransformer();

    ForwardedHeadersWebFilter(ForwardedFor forwardedFor) {
        this.forwardedFor = forwardedFor;
        this.remover.setRemoveOnly(true);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        InetSocketAddress peer = request.getRemoteAddress();
        ServerHttpRequest.Builder mutated = remover.apply(request).mutate();
        if (peer != null && peer.getAddress() != null && forwardedFor.isTrusted(peer.getAddress())) {
            List<String> chainOfHops = request.getHeaders().getOrEmpty(FORWARDED_FOR);
            InetAddress client = forwardedFor.clientOf(peer.getAddress(), chainOfHops);
            mutated.remoteAddress(new InetSocketAddress(client, peer.getPort()));
            if (cameOverTls(request)) {
                URI secure = UriComponentsBuilder.fromUri(request.getURI()).scheme("https").build(true).toUri();
                mutated.uri(secure);
            }
        } else if (request.getHeaders().containsHeader(FORWARDED_FOR) && !warnedOfUntrustedForwarding.getAndSet(true)) {
            log.warn("X-Forwarded-For from {}, which is not a trusted proxy, was ignored (logged once). If it is the "
                    + "ingress controller, add its address block to TRUSTED_PROXIES, or every client counts as it.",
                    peer == null ? "an unknown peer" : peer.getHostString());
        }
        return chain.filter(exchange.mutate().request(mutated.build()).build());
    }

    /** The nearest proxy's word (the last value), as the ingress controller sets it. */
    private static boolean cameOverTls(ServerHttpRequest request) {
        List<String> values = request.getHeaders().getOrEmpty(FORWARDED_PROTO);
        if (values.isEmpty()) {
            return false;
        }
        String[] last = values.get(values.size() - 1).split(",");
        return "https".equalsIgnoreCase(last[last.length - 1].trim());
    }
}
