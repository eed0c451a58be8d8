package uk.nhs.cohortcoach.gateway.edge.errors;

import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.edge.EdgeProblems;

/**
 * Answers every error that reaches the top of the gateway as an {@code application/problem+json}
 * with the request's correlation id, before Spring Boot's own error handler (order -1) would answer
 * plain JSON: a path that is no route, page, asset or actuator endpoint is {@code not-found} (404),
 * like the services' own; a wrong method {@code method-not-allowed} (405, with {@code Allow}); other
 * client errors their kind (named after the status where the platform has no kind of its own); anything unexpected {@code internal-error} (500), logged, saying only to
 * quote the correlation id.
 */
@Component
@Order(-2)
class ErrorProblemHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorProblemHandler.class);

    /** Kind, title and detail per status, worded as the services' (platform service-support's ProblemKind). */
    private static final Map<Integer, String[]> KINDS = Map.of(
            400, new String[] {"bad-request", "Bad request", "The request is not valid."},
            404, new String[] {"not-found", "Not found", "Nothing exists at this address."},
            405, new String[] {"method-not-allowed", "Method not allowed",
                "This method is not allowed here; the Allow header lists those that are."},
            406, new String[] {"not-acceptable", "Not acceptable",
                "This resource cannot be given in the media type asked for."},
            415, new String[] {"unsupported-media-type", "Unsupported media type", "Send the body as application/json."});
    private static final String[] INTERNAL_ERROR = {"internal-error", "Internal error",
        "Something went wrong on our side. If it keeps happening, quote the correlation id."};

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatus status = failure instanceof ErrorResponse response
                ? HttpStatus.resolve(response.getStatusCode().value()) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status == null || status.is5xxServerError()) {
            log.error("Unexpected failure answering {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), failure);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String[] kind = status == HttpStatus.INTERNAL_SERVER_ERROR ? INTERNAL_ERROR : KINDS.get(status.value());
        if (kind == null) {   // e.g. 413 content-too-large, as the platform names kinds
            kind = new String[] {status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                status.getReasonPhrase(), "The request could not be answered as it is."};
        }
        exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        // an error ends the connection: a keep-alive connection reused after one was seen to hang the next request
        exchange.getResponse().getHeaders().setConnection("close");
        if (failure instanceof ErrorResponse response && status.is4xxClientError()) {
            response.getHeaders().forEach((name, values) -> exchange.getResponse().getHeaders().put(name, values));
        }
        return EdgeProblems.write(exchange, status, kind[0], kind[1], kind[2], null);
    }
}
