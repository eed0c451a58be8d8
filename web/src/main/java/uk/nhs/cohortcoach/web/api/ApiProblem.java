package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The problem details (RFC 9457) the services answer with; {@code errors} names the fields at fault in the
 * request's field order, each message in GOV.UK words from the service's message source (an empty or
 * missing field is about the request as a whole).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiProblem(int status, String title, String detail, List<FieldError> errors, List<Clash> clashes) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        clashes = clashes == null ? List.of() : List.copyOf(clashes);
    }

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, List.of());
    }

    /**
     * A booking refused because it clashes (coaching-service's 409): which proposed start clashes with which
     * session, and why ({@code COACH}: the coach is busy or too close; {@code COLLABORATIVE}: it already meets then).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Clash(java.time.Instant proposedStartsAt, String sessionId, String title, java.time.Instant startsAt,
            java.time.Instant endsAt, String reason) {
    }

    /** One field's problem, as {@code {"field","message"}}; {@code field} may be a path such as {@code actions[0].ownerId}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
