package uk.nhs.cohortcoach.gateway.edge.bodylimit;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.edge.EdgeProblems;
import uk.nhs.cohortcoach.gateway.edge.RequestBodyTooLargeException;

/**
 * Refuses request bodies over the limit with 413: at once when {@code Content-Length} says so (the
 * service is never called), and for a streamed body (chunked, or a lying length) by counting bytes
 * as they are read or passed on and failing the request at the first byte past the limit. The limit is the
 * platform's {@code max-size}, except on the upload paths {@link BodyLimitProperties#uploads()} names.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodyLimitWebFilter implements WebFilter {

    private record UploadLimit(long maxBytes, List<PathPattern> paths) {
    }

    private final long maxBytes;
    private final List<UploadLimit> uploads;

    BodyLimitWebFilter(BodyLimitProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
        this.uploads = properties.uploads().stream().map(upload -> new UploadLimit(upload.maxSize().toBytes(),
                upload.paths().stream().map(PathPatternParser.defaultInstance::parse).toList())).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = limitFor(exchange.getRequest().getPath().pathWithinApplication());
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            return tooLarge(exchange, limit);
        }
        ServerHttpRequest counted = new CountingRequest(exchange.getRequest(), limit);
        return chain.filter(exchange.mutate().request(counted).build())
                .onErrorResume(RequestBodyTooLargeException::isCauseOf, failure -> tooLarge(exchange, limit));
    }

    private long limitFor(PathContainer path) {
        for (UploadLimit upload : uploads) {
            if (upload.paths().stream().anyMatch(pattern -> pattern.matches(path))) {
                return upload.maxBytes();
            }
        }
        return maxBytes;
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, long maxBytes) {
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
