package uk.nhs.cohortcoach.platform.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns Bean Validation failures (of a request body, of path, query and header parameters, or of a
 * {@code @Validated} bean called with request data) into one 400 problem listing every field at
 * fault, each by its JSON path or parameter name, in the order the fields are declared
 * ({@link FieldOrder}), each message from the service's message source by Spring's message codes
 * ({@code NotBlank.cohortRequest.name}, {@code NotBlank.name}, {@code NotBlank.java.lang.String},
 * {@code NotBlank}; the constraint's attributes as arguments in name order after the field, so
 * {@code {1}} is {@code @Size}'s max), the validator's own words only where the service has none.
 */
final class ValidationProblems {

    private static final String DETAIL = "The request has invalid values; see errors for each field.";

    private final JsonPropertyNames names;
    private final FieldOrder order;
    private final MessageSource messages;

    ValidationProblems(JsonPropertyNames names, FieldOrder order, MessageSource messages) {
        this.names = names;
        this.order = order;
        this.messages = messages;
    }

    /**
     * Every field error of a request body in one problem: values the reader could not bind
     * ({@link BindingFieldError}) first, then Bean Validation's and the service's own, leaving out
     * those about a value already reported as unbindable (it was skipped, so "must not be null" there
     * would mislead). When every error is of one binding kind (only unknown fields, say), the problem
     * keeps that kind and its detail, as when reading stopped at the first.
     */
    ProblemDetail problemFor(MethodArgumentNotValidException ex) {
        List<FieldProblem> errors = new ArrayList<>();
        List<JsonReadProblems.BindingProblem> unbound = new ArrayList<>();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            if (error instanceof BindingFieldError binding) {
                unbound.add(binding.problem());
                errors.add(new FieldProblem(binding.getField(), messageOf(binding)));
            }
        }
        Type bodyType = ex.getParameter().getNestedGenericParameterType();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            if (!(error instanceof BindingFieldError)) {
                String path = error instanceof BodyChecks.CheckFieldError rule ? rule.getField()
                        : pathOf(error, FieldPath.root(), bodyType, FieldPath.root()).toString();
                if (!withinAny(path, unbound)) {
                    errors.add(new FieldProblem(path, messageOf(error)));
                }
            }
        }
        if (!unbound.isEmpty() && errors.size() == unbound.size()
                && unbound.stream().allMatch(problem -> problem.kind() == unbound.get(0).kind())) {
            errors.sort(order.of(bodyType));
            return unbound.get(0).kind().problem(unbound.size() == 1 ? unbound.get(0).detail() : DETAIL, errors);
        }
        errors.sort(order.of(bodyType));
        return ProblemKind.VALIDATION.problem(DETAIL, errors);
    }

    private static boolean withinAny(String path, List<JsonReadProblems.BindingProblem> unbound) {
        for (JsonReadProblems.BindingProblem problem : unbound) {
            String skipped = problem.error().field();
            if (path.equals(skipped) || path.startsWith(skipped + ".") || path.startsWith(skipped + "[")) {
                return true;
            }
        }
        return false;
    }

    /** Parameters' errors in the order of the method's parameters, a bean's fields in declaration order. */
    ProblemDetail problemFor(HandlerMethodValidationException ex) {
        List<FieldProblem> errors = new ArrayList<>();
        List<ParameterValidationResult> results = new ArrayList<>(ex.getParameterValidationResults());
        results.sort(Comparator.comparingInt(result -> result.getMethodParameter().getParameterIndex()));
        for (ParameterValidationResult result : results) {
            int first = errors.size();
            MethodParameter parameter = result.getMethodParameter();
            FieldPath base = requestName(parameter) == null ? FieldPath.root() : FieldPath.root().property(requestName(parameter));
            Type type = parameter.getGenericParameterType();
            if (result instanceof ParameterErrors bean) {
                for (ObjectError error : bean.getAllErrors()) {
                    FieldPath path = pathOf(error, base, type, inContainer(base, result));
                    errors.add(new FieldProblem(path.toString(), messageOf(error)));
                }
            } else {
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    ConstraintViolation<?> violation = unwrap(result, error);
                    FieldPath path = violation == null ? inContainer(base, result)
                            : names.render(base, type, violation.getPropertyPath());
                    errors.add(new FieldProblem(path.toString(), messageOf(error)));
                }
            }
            errors.subList(first, errors.size()).sort(requestName(parameter) == null ? order.of(type) : order.of(null));
        }
        for (MessageSourceResolvable crossParameter : ex.getCrossParameterValidationResults()) {
            errors.add(0, new FieldProblem("", messageOf(crossParameter)));
        }
        return ProblemKind.VALIDATION.problem(DETAIL, errors);
    }

    /** For {@code @Validated} beans outside the web layer; true when a violation is about a return value (our fault, not the client's). */
    static boolean concernsReturnValues(ConstraintViolationException ex) {
        return ex.getConstraintViolations().stream().anyMatch(violation -> {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    ProblemDetail problemFor(ConstraintViolationException ex) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            errors.add(new FieldProblem(pathOfCalledBean(violation).toString(), violation.getMessage()));
        }
        errors.sort(order.of(null));
        return ProblemKind.VALIDATION.problem(DETAIL, errors);
    }

    /**
     * A domain rule's errors, in the order the rule gave them (the order of the form); a message written as a
     * code in braces ({@code "{NotNull.version}"}) is taken from the message source, with the field as {0}.
     */
    ProblemDetail problemFor(InvalidFieldsException ex) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.errors().forEach((field, message) -> errors.add(new FieldProblem(field, wordsOf(field, message))));
        return ProblemKind.VALIDATION.problem(DETAIL, errors);
    }

    /** The words of a domain rule's message: itself, or for a code in braces the message source's words for it. */
    String wordsOf(String field, String message) {
        String code = BodyChecks.codeOf(message);
        if (code == null) {
            return message;
        }
        try {
            return messages.getMessage(code, new Object[] {field}, LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException none) {
            return message;
        }
    }

    /**
     * @param base where the validated value sits in the request
     * @param validatedType its declared type, which the violation's path starts from
     * @param fallback where to put the error when it does not come from Bean Validation
     */
    private FieldPath pathOf(ObjectError error, FieldPath base, Type validatedType, FieldPath fallback) {
        if (error.contains(ConstraintViolation.class)) {
            return names.render(base, validatedType, error.unwrap(ConstraintViolation.class).getPropertyPath());
        }
        return error instanceof FieldError field ? appendSpringPath(fallback, field.getField()) : fallback;
    }

    private FieldPath pathOfCalledBean(ConstraintViolation<?> violation) {
        List<Class<?>> parameterTypes = List.of();
        FieldPath parameter = null;
        Type parameterType = null;
        boolean nodesAfterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                parameterTypes = node.getKind() == ElementKind.METHOD
                        ? node.as(Path.MethodNode.class).getParameterTypes()
                        : node.as(Path.ConstructorNode.class).getParameterTypes();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                parameter = FieldPath.root().property(node.getName());
                parameterType = index < parameterTypes.size() ? parameterTypes.get(index) : null;
            } else if (parameter != null) {
                nodesAfterParameter = true;
            }
        }
        if (parameter == null) {
            return names.render(FieldPath.root(), violation.getRootBeanClass(), violation.getPropertyPath());
        }
        // a bean passed on from the request is reported relative to itself, as the client sent it
        return nodesAfterParameter ? names.render(FieldPath.root(), parameterType, violation.getPropertyPath()) : parameter;
    }

    private static FieldPath inContainer(FieldPath base, ParameterValidationResult result) {
        if (result.getContainerIndex() != null) {
            return base.index(result.getContainerIndex());
        }
        if (result.getContainerKey() != null) {
            return base.property(String.valueOf(result.getContainerKey()));
        }
        return base;
    }

    /** Spring's own path syntax ({@code a.b[0].c}, {@code m[key]}), for errors not raised by Bean Validation. */
    private static FieldPath appendSpringPath(FieldPath base, String springPath) {
        FieldPath path = base;
        for (String part : springPath.split("\\.")) {
            int bracket = part.indexOf('[');
            path = path.property(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    break;
                }
                String inside = part.substring(bracket + 1, close);
                path = inside.chars().allMatch(Character::isDigit) && !inside.isEmpty()
                        ? path.index(Integer.parseInt(inside)) : path.property(inside);
                bracket = part.indexOf('[', close);
            }
        }
        return path;
    }

    /**
     * Spring's codes do not tell a list's items from the list ({@code Size.coachIds} is said of both), so
     * an error on an item ({@code coachIds[3]}, {@code priority.plusGroups[0]}) is first looked up by its
     * path with every index written {@code []}: {@code Size.collaborativeRequest.coachIds[]},
     * {@code Size.coachIds[]}, {@code Size.plusGroups[]} (the last step alone).
     */
    static String[] withItemCodes(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        if (!(error instanceof FieldError fieldError) || !fieldError.getField().endsWith("]") || codes == null || codes.length == 0) {
            return codes;
        }
        String constraint = codes[codes.length - 1];
        String items = fieldError.getField().replaceAll("\\[[^\\]]*\\]", "[]");
        List<String> all = new ArrayList<>();
        all.add(constraint + "." + fieldError.getObjectName() + "." + items);
        all.add(constraint + "." + items);
        if (items.lastIndexOf('.') >= 0) {
            all.add(constraint + "." + items.substring(items.lastIndexOf('.') + 1));
        }
        all.addAll(List.of(codes));
        return all.toArray(String[]::new);
    }

    private static ConstraintViolation<?> unwrap(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    /** The name the client used for a parameter, or null for a request body. */
    private static String requestName(MethodParameter parameter) {
        String name = null;
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        CookieValue cookie = parameter.getParameterAnnotation(CookieValue.class);
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        if (requestParam != null) {
            name = firstNonEmpty(requestParam.name(), requestParam.value());
        } else if (pathVariable != null) {
            name = firstNonEmpty(pathVariable.name(), pathVariable.value());
        } else if (header != null) {
            name = firstNonEmpty(header.name(), header.value());
        } else if (cookie != null) {
            name = firstNonEmpty(cookie.name(), cookie.value());
        } else if (part != null) {
            name = firstNonEmpty(part.name(), part.value());
        } else {
            return null;
        }
        return name.isEmpty() ? String.valueOf(parameter.getParameterName()) : name;
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    /** The service's words for the error by its codes, else the words it came with. */
    private String messageOf(MessageSourceResolvable error) {
        String given = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        if (error.getCodes() == null || error.getCodes().length == 0) {
            return given;
        }
        try {
            return messages.getMessage(new DefaultMessageSourceResolvable(withItemCodes(error), error.getArguments()),
                    LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException none) {
            return given;
        }
    }
}
