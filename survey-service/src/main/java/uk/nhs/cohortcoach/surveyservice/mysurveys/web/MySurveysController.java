package uk.nhs.cohortcoach.surveyservice.mysurveys.web;

import java.net.URI;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.surveyservice.invitation.LinkReissueRules;
import uk.nhs.cohortcoach.surveyservice.mysurveys.MySurvey;
import uk.nhs.cohortcoach.surveyservice.mysurveys.MySurveys;

/**
 * {@code GET /api/waves/invitations/mine}: the open waves the signed-in person is invited to; {@code POST
 * /api/waves/invitations/mine/{waveId}/reissue}: "Send me my link again" (202: the email follows through
 * notification-service). Both are about the caller's own invitation only, whatever their role: there is no way here to
 * act for someone else. 404 when not invited to the wave, 409 when it is not open or already submitted, 429 within a
 * minute of the last time.
 */
@RestController
class MySurveysController {

    /** The person's open surveys. */
    record MySurveysResponse(List<MySurvey> surveys) {
    }

    private final MySurveys mySurveys;

    MySurveysController(MySurveys mySurveys) {
        this.mySurveys = mySurveys;
    }

    @GetMapping("/api/waves/invitations/mine")
    MySurveysResponse mine() {
        return new MySurveysResponse(mySurveys.of(Viewer.current().personId()));
    }

    @PostMapping("/api/waves/invitations/mine/{waveId}/reissue")
    @ResponseStatus(HttpStatus.ACCEPTED)
    MySurvey reissue(@PathVariable String waveId) {
        return mySurveys.reissueLink(waveId, Viewer.current().personId());
    }

    /** Answers a link asked for again too soon as a 429 {@code too-many-requests} problem, saying when to try again. */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooSoonAdvice {

        static final URI TYPE = URI.create("https://cohort-coach.nhs.uk/problems/too-many-requests");

        @ExceptionHandler(LinkReissueRules.TooSoonException.class)
        ResponseEntity<ProblemDetail> tooSoon(LinkReissueRules.TooSoonException ex) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
            problem.setType(TYPE);
            problem.setTitle("Too many requests");
            problem.setProperty("retryAfter", ex.allowedFrom());
            String correlationId = MDC.get(CorrelationIds.MDC_KEY);
            if (correlationId != null) {
                problem.setProperty(CorrelationIds.MDC_KEY, correlationId);
            }
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), ex.allowedFrom()).toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }
}
