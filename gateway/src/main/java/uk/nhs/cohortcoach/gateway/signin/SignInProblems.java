package uk.nhs.cohortcoach.gateway.signin;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/** RFC 9457 problems for the sign-in endpoints, carrying the request's correlation id. */
final class SignInProblems {

    private SignInProblems() {
    }

    static ResponseEntity.BodyBuilder builder(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** The kind of problem when password sign-in is switched off (no demo accounts: production). */
    static final URI PASSWORD_SIGN_IN_OFF = URI.create("https://cohort-coach.nhs.uk/problems/password-sign-in-off");

    /** 401: this gateway has no password sign-in; people sign in through the OIDC provider. */
    static ResponseEntity<Object> passwordSignInOff(ServerWebExchange exchange, String detail) {
        ProblemDetail problem = problem(exchange, HttpStatus.UNAUTHORIZED, detail);
        problem.setType(PASSWORD_SIGN_IN_OFF);
        problem.setTitle("Password sign-in is switched off");
        return builder(HttpStatus.UNAUTHORIZED).body(problem);
    }

    static ProblemDetail problem(ServerWebExchange exchange, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        String correlationId = exchange.getRequest().getHeaders().getFirst(CorrelationIds.HEADER);
        if (correlationId != null) {
            problem.setProperty(CorrelationIds.MDC_KEY, correlationId);
        }
        return problem;
    }

    static ResponseEntity<Object> respond(ServerWebExchange exchange, HttpStatus status, String detail) {
        return builder(status).body(problem(exchange, status, detail));
    }
}
