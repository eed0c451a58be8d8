package uk.nhs.cohortcoach.gateway.edge;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/**
 * RFC 9457 problems the gateway answers itself at its edge (rate limits, CSRF, body size, an
 * unavailable service), in the platform's style: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, {@code correlationId}.
 */
public final class EdgeProblems {

    /** Every problem type's URI starts with this; the rest is the kind, e.g. {@code too-many-requests}. */
    public static final String TYPE_BASE = "https://cohort-coach.nhs.uk/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EdgeProblems() {
    }

    /** The problem as a JSON object. */
    public static Map<String, Object> body(ServerWebExchange exchange, HttpStatus status, String kind, String title,
            String detail) {
        return body(exchange, exchange.getRequest().getPath().value(), status, kind, title, detail);
    }

    /** The problem as a JSON object, about {@code instance} (the path the caller asked for). */
    public static Map<String, Object> body(ServerWebExchange exchange, String instance, HttpStatus status, String kind,
            String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + kind);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        String correlationId = exchange.getRequest().getHeaders().getFirst(CorrelationIds.HEADER);
        if (correlationId == null) {
            correlationId = exchange.getAttribute(CorrelationIds.MDC_KEY);
        }
        if (correlationId != null) {
            problem.put(CorrelationIds.MDC_KEY, correlationId);
        }
        return problem;
    }

    /** Whole seconds to wait, rounded up, at least 1: the value of {@code Retry-After}. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Answers the exchange with the problem (and {@code Retry-After} when {@code retryAfter} is given). */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String kind, String title,
            String detail, Duration retryAfter) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setCacheControl("no-store");
        // End the connection after every refusal the gateway answers itself: a body left unread must not
        // be read as the next request, and a keep-alive connection reused after such an answer was seen to
        // hang the next request (GatewayEdgeIT); a client reconnecting after an error costs little.
        headers.setConnection("close");
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds(retryAfter)));
        }
        byte[] json = JSON.writeValueAsString(body(exchange, status, kind, title, detail)).getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(json);
        return response.writeWith(Mono.just(buffer));
    }
}
