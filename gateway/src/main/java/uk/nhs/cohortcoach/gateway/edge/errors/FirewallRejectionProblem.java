package uk.nhs.cohortcoach.gateway.edge.errors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.edge.EdgeProblems;

/**
 * Spring Security's firewall refuses an address holding an encoded NUL, slash, backslash or
 * {@code ..} before anything else runs; its own answer is an empty 400. This gives it the same
 * {@code bad-request} problem every other refusal gets (what it found stays in the log).
 */
@Component
class FirewallRejectionProblem implements ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return EdgeProblems.write(exchange, HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "The address holds characters that are not allowed in it (such as an encoded NUL or slash).", null);
    }
}
