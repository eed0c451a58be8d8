package uk.nhs.cohortcoach.gateway.edge.bodylimit;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.edge.EdgeProblems;
import uk.nhs.cohortcoach.gateway.edge.RequestBodyTooLargeException;

/**
 * Refuses request bodies over the limit with 413: at once when {@code Content-Length} says so (the
 * service is never called), and for a streamed body (chunked, or a lying length) by counting bytes
 * as they are read or passed on and failing the request at the first byte past the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodyLimitWebFilter implements WebFilter {

    private final long maxBytes;

    BodyLimitWebFilter(BodyLimitProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            return tooLarge(exchange);
        }
        ServerHttpRequest counted = new CountingRequest(exchange.getRequest(), maxBytes);
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(RequestBodyTooLargeException::isCauseOf, failure -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return EdgeProblems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Request too large",
                "The request body is larger than " + maxBytes / 1024 + " KB, the most the platform accepts.", null);
    }

    /** The request whose body fails with {@link RequestBodyTooLargeException} once past the limit. */
    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountingRequest(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new RequestBodyTooLargeException(maxBytes));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
