package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The problem details (RFC 9457) the services answer with; {@code errors} names the fields at fault in the
 * request's field order, each message in GOV.UK words from the service's message source (an empty or
 * missing field is about the request as a whole).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiProblem(int status, String title, String detail, List<FieldError> errors) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One field's problem, as {@code {"field","message"}}; {@code field} may be a path such as {@code actions[0].ownerId}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
