package uk.nhs.cohortcoach.platform.support.problem;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;

/**
 * A value of the request body that could not be bound, kept with the words and kind of problem the
 * reader found, and with the message codes a service can word it with instead, as Spring codes a
 * binding error: {@code typeMismatch.cohortRequest.startDate}, {@code typeMismatch.startDate},
 * {@code typeMismatch}; the field's name is argument {0}.
 */
final class BindingFieldError extends FieldError {

    private static final long serialVersionUID = 1L;

    private static final DefaultMessageCodesResolver CODES = new DefaultMessageCodesResolver();

    private final transient JsonReadProblems.BindingProblem problem;

    BindingFieldError(String objectName, JsonReadProblems.BindingProblem problem) {
        super(objectName, problem.error().field(), null, false,
                CODES.resolveMessageCodes(problem.code(), objectName, problem.error().field(), null),
                new Object[] {new DefaultMessageSourceResolvable(
                        new String[] {objectName + "." + problem.error().field(), problem.error().field()}, problem.error().field())},
                problem.error().message());
        this.problem = problem;
    }

    JsonReadProblems.BindingProblem problem() {
        return problem;
    }
}
