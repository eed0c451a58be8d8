package uk.nhs.cohortcoach.platform.support.problem;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.support.input.InvalidFieldValueException;

/**
 * Turns a request body that could not be read into a problem that says where and what, in the
 * client's terms (the JSON path as sent), and never quotes Jackson's own message, which names Java
 * classes.
 */
final class JsonReadProblems {

    private static final int MAX_LISTED_FIELDS = 30;

    private final JsonMapper mapper;

    JsonReadProblems(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ProblemDetail problemFor(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof ForbiddenFieldNameException forbidden) {
            ForbiddenFieldNames.Violation violation = forbidden.violation();
            return ProblemKind.FORBIDDEN_FIELD_NAME.problem(ProblemKind.FORBIDDEN_FIELD_NAME.defaultDetail(),
                    List.of(new FieldProblem(violation.path().toString(), violation.reason())));
        }
        if (isBindingProblem(cause)) {
            return problemFor((JacksonException) cause);
        }
        if (cause instanceof JacksonException notJson) {
            return ProblemKind.MALFORMED_JSON.problem("The request body is not well-formed JSON" + where(notJson) + ".");
        }
        if (cause == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return ProblemKind.MALFORMED_JSON.problem("The request needs a JSON body.");
        }
        return ProblemKind.MALFORMED_JSON.problem("The request body could not be read as JSON.");
    }

    /**
     * Whether the exception is about one value of well-formed JSON (an unknown field, a value of the
     * wrong type or format) rather than about the document as a whole: reading can skip that value
     * and go on to find the others.
     */
    static boolean isBindingProblem(Throwable cause) {
        return cause instanceof PropertyBindingException || cause instanceof MismatchedInputException
                || cause instanceof InputCoercionException || cause instanceof ValueInstantiationException;
    }

    /** The problem for one value of the body that could not be bound ({@link #isBindingProblem}). */
    ProblemDetail problemFor(JacksonException cause) {
        BindingProblem binding = bindingProblem(cause);
        return binding.kind().problem(binding.detail(), binding.error() == null ? List.of() : List.of(binding.error()));
    }

    /**
     * One value of the body that could not be bound: its kind of problem, the detail, the field (null at
     * the root) with the platform's words, and the message code a service may word it with instead
     * ({@code typeMismatch}, {@code unknownField}, {@code invalidText}, {@code dateRange}, refined by
     * field as Spring's message codes are: {@code typeMismatch.startDate}).
     */
    record BindingProblem(ProblemKind kind, String detail, FieldProblem error, String code) {
    }

    /** Message code of a field the request does not have. */
    static final String UNKNOWN_FIELD = "unknownField";

    BindingProblem bindingProblem(JacksonException cause) {
        if (cause instanceof InvalidFieldValueException invalid) {
            return invalidValue(invalid, invalid.fieldMessage(), invalid.code());
        }
        if (cause instanceof PropertyBindingException unknown) {
            return unknownField(unknown);
        }
        return invalidValue(cause, expectation(cause), InvalidFieldValueException.TYPE_MISMATCH);
    }

    private BindingProblem unknownField(PropertyBindingException unknown) {
        FieldPath path = FieldPath.of(unknown.getPath());
        String known = listed(unknown.getKnownPropertyIds());
        String message = "is not a field of this request" + (known.isEmpty() ? "" : "; known fields here: " + known);
        return new BindingProblem(ProblemKind.UNKNOWN_FIELD,
                "The request body has a field this service does not know: " + path + ".",
                new FieldProblem(path.toString(), message), UNKNOWN_FIELD);
    }

    private BindingProblem invalidValue(JacksonException ex, String expectation, String code) {
        FieldPath path = FieldPath.of(ex.getPath());
        if (path.isRoot()) {
            return new BindingProblem(ProblemKind.INVALID_VALUE, "The request body " + expectation + ".", null, code);
        }
        return new BindingProblem(ProblemKind.INVALID_VALUE,
                "The request body has a value of the wrong type or format at " + path + ".",
                new FieldProblem(path.toString(), expectation), code);
    }

    private String expectation(JacksonException ex) {
        if (ex instanceof InvalidNullException) {
            return "must not be null";
        }
        if (ex instanceof ValueInstantiationException) {
            return "has a value that is not valid here";
        }
        Class<?> target = targetType(ex);
        if (target == null) {
            return "has a value of the wrong type";
        }
        String expected = ExpectedValues.describe(target, this::jsonName);
        if (target.isPrimitive() && ex instanceof MismatchedInputException mismatch) {
            if (mismatch.getCurrentToken() == JsonToken.VALUE_NULL) {
                return "must not be null; expected " + expected;
            }
            if (mismatch.getCurrentToken() == JsonToken.END_OBJECT) {
                return "is required; expected " + expected; // a record's primitive component left out
            }
        }
        String range = ex instanceof InputCoercionException ? ExpectedValues.range(target) : null;
        return "must be " + expected + (range == null ? "" : " " + range);
    }

    private static Class<?> targetType(JacksonException ex) {
        if (ex instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (ex instanceof InputCoercionException coercion) {
            return coercion.getTargetType();
        }
        return null;
    }

    private String jsonName(Enum<?> constant) {
        try {
            String json = mapper.writeValueAsString(constant);
            return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
        } catch (JacksonException e) {
            return constant.name();
        }
    }

    private static String where(JacksonException ex) {
        TokenStreamLocation location = ex.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String listed(Collection<Object> names) {
        if (names == null) {
            return "";
        }
        return names.stream().map(String::valueOf).sorted().limit(MAX_LISTED_FIELDS).collect(Collectors.joining(", "));
    }
}
