package uk.nhs.cohortcoach.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.edge.EdgeProblems;
import uk.nhs.cohortcoach.gateway.edge.RequestBodyTooLargeException;

/**
 * Where a service's circuit breaker sends a request it could not complete (service down, too slow,
 * answering 502, 503 or 504, or circuit open): a 503 problem naming the service, with {@code Retry-After}. Only
 * reached through a breaker; asked for directly, it is not found. A body over the limit is passed
 * back up unchanged, to be answered 413.
 */
@Configuration(proxyBeanMethods = false)
class ServiceUnavailableFallback {

    static final String PATH = "/gateway/fallback/";
    private static final String ASKED_FOR = ServiceUnavailableFallback.class.getName() + ".askedFor";

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    @Bean
    RouterFunction<ServerResponse> serviceUnavailableRoute(ResilienceProperties properties) {
        return RouterFunctions.route(RequestPredicates.path(PATH + "{service}"),
                request -> unavailable(request, properties.openFor()));
    }

    private static Mono<ServerResponse> unavailable(ServerRequest request, Duration retryAfter) {
        Throwable failure = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));   // answered as a not-found problem
        }
        if (RequestBodyTooLargeException.isCauseOf(failure)) {
            return Mono.error(failure);
        }
        String service = request.pathVariable("service");
        String asked = askedFor(request);
        log.warn("{} service unavailable for {}: {}", service, asked, failure.toString());
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(EdgeProblems.retryAfterSeconds(retryAfter)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                // the exchange was forwarded here after a failure: end the connection rather than trust its state
                // (a keep-alive connection reused after such an answer was seen to hang the next request)
                .header(HttpHeaders.CONNECTION, "close")
                .bodyValue(EdgeProblems.body(request.exchange(), asked, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                        "Service unavailable", "The " + service + " service is unavailable; try again shortly."));
    }

    /** Route filter: keeps the path the caller asked for, which the fallback's request no longer carries. */
    static Mono<Void> rememberAskedFor(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getAttributes().put(ASKED_FOR, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }

    private static String askedFor(ServerRequest request) {
        String asked = request.exchange().getAttribute(ASKED_FOR);
        return asked == null ? request.path() : asked;
    }
}
