package uk.nhs.cohortcoach.platform.support.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/**
 * Answers errors that happen outside Spring MVC (a filter that failed, a {@code sendError} from a
 * filter such as a security entry point) as problem details too, in place of Spring Boot's
 * {@code BasicErrorController}. It says only what the status says: the cause stays in the log.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(statusOf(request));
        ProblemDetail problem = ProblemKind.forStatus(status).map(ProblemKind::problem).orElseGet(() -> {
            ProblemDetail generic = ProblemDetail.forStatus(status);
            generic.setDetail(status.is5xxServerError() ? ProblemKind.INTERNAL_ERROR.defaultDetail()
                    : "The request could not be completed (" + status.value() + ").");
            return generic;
        });
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // leave instance out rather than echo something malformed
            }
        }
        String correlationId = MDC.get(CorrelationIds.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty(CorrelationIds.MDC_KEY, correlationId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code >= 400 && code <= 599) {
            return code;
        }
        // asked for directly rather than forwarded to with an error: there is nothing at this address
        return status == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
                ? HttpStatus.NOT_FOUND.value() : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
