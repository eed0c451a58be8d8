package uk.nhs.cohortcoach.platform.support.problem;

import java.util.Map;
import java.util.function.Function;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * A service's own rules for a request body (an end date after the start, a name not taken, ids that
 * exist), run with Bean Validation so one answer names every field at fault: add it in the controller,
 * <pre>{@code
 * @InitBinder("cohortRequest")
 * void dateRules(WebDataBinder binder) {
 *     binder.addValidators(new FieldRules<>(CohortRequest.class, request -> Cohort.dateErrors(request.startDate(), request.endDate())));
 * }
 * }</pre>
 * The rules see the body as bound, so any field may be null or invalid: check what is there and leave
 * the rest to the annotations. They answer the JSON path of each field at fault, as the client sent it,
 * with what is wrong.
 */
public final class FieldRules<T> implements Validator {

    private final Class<T> type;
    private final Function<T, Map<String, String>> rules;

    public FieldRules(Class<T> type, Function<T, Map<String, String>> rules) {
        this.type = type;
        this.rules = rules;
    }

    @Override
    public boolean supports(Class<?> clazz) {
        return type.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        Map<String, String> found = rules.apply(type.cast(target));
        if (found == null) {
            return;
        }
        found.forEach((field, message) -> {
            if (errors instanceof BindingResult result) {
                result.addError(new RuleFieldError(errors.getObjectName(), field, message));
            } else {
                errors.reject("rule", field + " " + message);
            }
        });
    }

    /** A rule's error, with the JSON path as the rule wrote it. */
    static final class RuleFieldError extends FieldError {

        private static final long serialVersionUID = 1L;

        RuleFieldError(String objectName, String path, String message) {
            super(objectName, path, null, false, null, null, message);
        }
    }
}
