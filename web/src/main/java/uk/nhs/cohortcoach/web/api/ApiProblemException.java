package uk.nhs.cohortcoach.web.api;

/** The API refused the request with a problem the page can show (a 400, 409 or 422 with problem details). */
public class ApiProblemException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
