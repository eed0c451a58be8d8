package uk.nhs.cohortcoach.hubservice.resource.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import uk.nhs.cohortcoach.hubservice.resource.AttachmentTooLargeException;
import uk.nhs.cohortcoach.hubservice.resource.ResourceAttachments;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/**
 * Problems of an upload, in the platform's form: a file over the limit (ours, or the servlet container's
 * {@code max-file-size}) is 413 naming {@code file} in words; a multipart body that cannot be read is 400 naming it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private static final String TYPES = "https://cohort-coach.nhs.uk/problems/";
    private static final String TOO_LARGE = "The file must be " + ResourceAttachments.MAX_MEGABYTES + " MB or smaller";

    @ExceptionHandler({MaxUploadSizeExceededException.class, AttachmentTooLargeException.class})
    ResponseEntity<ProblemDetail> tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Request too large", TOO_LARGE);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Select a PDF file to attach, sent as multipart form data in the part called file");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message + ".");
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
        String correlationId = MDC.get(CorrelationIds.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty(CorrelationIds.MDC_KEY, correlationId);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
