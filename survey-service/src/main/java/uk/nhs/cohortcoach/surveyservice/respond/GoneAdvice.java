package uk.nhs.cohortcoach.surveyservice.respond;

import java.net.URI;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/** Answers {@link GoneException} as a 410 {@code gone} problem, before the platform's catch-all turns it into a 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GoneAdvice {

    static final URI TYPE = URI.create("https://cohort-coach.nhs.uk/problems/gone");

    @ExceptionHandler(GoneException.class)
    ResponseEntity<ProblemDetail> gone(GoneException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, ex.getMessage());
        problem.setType(TYPE);
        problem.setTitle("No longer available");
        String correlationId = MDC.get(CorrelationIds.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty(CorrelationIds.MDC_KEY, correlationId);
        }
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
