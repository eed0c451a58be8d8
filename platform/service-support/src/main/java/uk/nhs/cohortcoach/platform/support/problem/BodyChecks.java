package uk.nhs.cohortcoach.platform.support.problem;

import java.util.Map;
import java.util.function.BiFunction;
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
 *     binder.addValidators(new BodyChecks<>(CohortRequest.class, request -> Cohort.dateErrors(request.startDate(), request.endDate())));
 * }
 * }</pre>
 * The rules see the body as bound, so any field may be null or invalid: check what is there and leave
 * the rest to the annotations. They answer the JSON path of each field at fault, as the client sent it,
 * with what is wrong: words for the person ("The end date must be after the start date"), or a message
 * code of the service's message source in braces ({@code "{cohort.endDate.beforeStart}"}), whose
 * argument {0} is the field's path.
 */
public final class BodyChecks<T> implements Validator {

    private final Class<T> type;
    private final BiFunction<T, Boolean, Map<String, String>> rules;

    public BodyChecks(Class<T> type, Function<T, Map<String, String>> rules) {
        this(type, (body, othersFound) -> rules.apply(body));
    }

    private BodyChecks(Class<T> type, BiFunction<T, Boolean, Map<String, String>> rules) {
        this.type = type;
        this.rules = rules;
    }

    /**
     * Rules told whether anything else is wrong with the request already (Bean Validation or an
     * unbindable value), for a rule that is a 400 only alongside others: a name already taken is a 409
     * {@code duplicate} on its own, but one of the field errors when the request is refused anyway.
     */
    public static <T> BodyChecks<T> withOthers(Class<T> type, BiFunction<T, Boolean, Map<String, String>> rules) {
        return new BodyChecks<>(type, rules);
    }

    @Override
    public boolean supports(Class<?> clazz) {
        return type.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        Map<String, String> found = rules.apply(type.cast(target), errors.hasErrors());
        if (found == null) {
            return;
        }
        found.forEach((field, message) -> {
            if (errors instanceof BindingResult result) {
                result.addError(new CheckFieldError(errors.getObjectName(), field, message));
            } else {
                errors.reject("rule", field + " " + message);
            }
        });
    }

    /** A rule's error, with the JSON path as the rule wrote it. */
    static final class CheckFieldError extends FieldError {

        private static final long serialVersionUID = 1L;

        CheckFieldError(String objectName, String path, String message) {
            super(objectName, path, null, false, codeOf(message) == null ? null : new String[] {codeOf(message)},
                    new Object[] {path}, codeOf(message) == null ? message : null);
        }
    }

    /** The code of a message written {@code {code}}, or null for words. */
    static String codeOf(String message) {
        return message != null && message.length() > 2 && message.startsWith("{") && message.endsWith("}")
                && message.indexOf('{', 1) < 0 ? message.substring(1, message.length() - 1) : null;
    }
}
