package uk.nhs.cohortcoach.web.api;

import java.util.List;

/**
 * The problem details (RFC 9457) the services answer with; {@code errors} names the fields at fault
 * (an empty or missing field is about the request as a whole).
 */
public record ApiProblem(int status, String title, String detail, List<FieldError> errors) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One field's problem, as {@code {"field","message"}}. */
    public record FieldError(String field, String message) {
    }
}
