package uk.nhs.cohortcoach.platform.support.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The 401 and 403 problems, for the security filters that answer outside Spring MVC. */
public final class AccessProblems {

    private AccessProblems() {
    }

    /** A {@code unauthorized} (401) or {@code forbidden} (403) problem with the platform's type and title. */
    public static ProblemDetail of(HttpStatus status, String detail) {
        ProblemKind kind = ProblemKind.forStatus(status)
                .filter(k -> k == ProblemKind.UNAUTHORIZED || k == ProblemKind.FORBIDDEN)
                .orElseThrow(() -> new IllegalArgumentException("not an access problem: " + status));
        return kind.problem(detail);
    }
}
