package uk.nhs.cohortcoach.platform.support.problem;

import org.springframework.validation.FieldError;

/** A value of the request body that could not be bound, kept with the words and kind of problem the reader found. */
final class BindingFieldError extends FieldError {

    private static final long serialVersionUID = 1L;

    private final transient JsonReadProblems.BindingProblem problem;

    BindingFieldError(String objectName, JsonReadProblems.BindingProblem problem) {
        super(objectName, problem.error().field(), null, false, null, null, problem.error().message());
        this.problem = problem;
    }

    JsonReadProblems.BindingProblem problem() {
        return problem;
    }
}
