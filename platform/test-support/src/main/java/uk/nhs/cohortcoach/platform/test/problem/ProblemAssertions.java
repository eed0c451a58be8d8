package uk.nhs.cohortcoach.platform.test.problem;

import java.net.http.HttpResponse;

/**
 * Entry point of the problem-details test kit:
 * <pre>{@code
 * assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION)
 *         .hasFieldError("members[0].odsCode").hasCorrelationId();
 * }</pre>
 */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /**
     * Checks at once that the response is a well-formed problem (content type
     * {@code application/problem+json}; {@code type}, {@code title}, {@code status} equal to the HTTP
     * status, {@code detail} and {@code instance} present; nothing internal such as an exception
     * class or stack frame revealed), then allows further checks.
     */
    public static ProblemAssert assertThatProblem(HttpResponse<String> response) {
        return new ProblemAssert(response).isWellFormedProblem().revealsNothingInternal();
    }
}
