package uk.nhs.cohortcoach.platform.support.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.support.input.InvalidParameterException;
import uk.nhs.cohortcoach.platform.support.input.InvalidParameterValueException;

/**
 * Answers every error as {@code application/problem+json} with a stable {@code type} per kind of
 * problem (see {@link ProblemKind}), field errors where the client can fix a field, and the request's
 * correlation id so a person reporting a problem can quote it. Client mistakes are 4xx and logged at
 * debug; unexpected failures are logged here and answered with a generic 500 that reveals nothing of
 * the cause. No exception message from a library ever reaches the client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final List<String> SECURITY_EXCEPTIONS = List.of(
            "org.springframework.security.access.AccessDeniedException",
            "org.springframework.security.core.AuthenticationException");

    private static final String TOMCAT_PARAMETER_DECODING = "org.apache.tomcat.util.http.InvalidParameterException";

    private final JsonReadProblems jsonReadProblems;
    private final ValidationProblems validationProblems;

    ProblemDetailsAdvice(JsonMapper jsonMapper, MessageSource messageSource) {
        this.jsonReadProblems = new JsonReadProblems(jsonMapper);
        this.validationProblems = new ValidationProblems(new JsonPropertyNames(jsonMapper), new FieldOrder(jsonMapper), messageSource);
    }

    // ---- the request body and its fields

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return clientMistake(ex, jsonReadProblems.problemFor(ex), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return clientMistake(ex, validationProblems.problemFor(ex), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return clientMistake(ex, validationProblems.problemFor(ex), headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) throws Exception {
        if (ValidationProblems.concernsReturnValues(ex)) {
            return handleUnexpected(ex, request);
        }
        return clientMistake(ex, validationProblems.problemFor(ex), new HttpHeaders(), request);
    }

    // ---- query and path parameters

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex.getParameterName();
        ProblemDetail problem = ProblemKind.MISSING_PARAMETER.problem("The parameter '" + name + "' is required.",
                List.of(new FieldProblem(FieldPath.root().property(name).toString(), "is required")));
        return clientMistake(ex, problem, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        String expectation = ex.getMostSpecificCause() instanceof InvalidParameterValueException rule ? rule.getMessage()
                : "must be " + (ex.getRequiredType() == null ? "of another kind"
                        : ExpectedValues.describe(ex.getRequiredType(), Enum::name));
        if (name == null) {
            return clientMistake(ex, ProblemKind.INVALID_PARAMETER.problem(), headers, request);
        }
        ProblemDetail problem = ProblemKind.INVALID_PARAMETER.problem(
                "The parameter '" + name + "' " + expectation + ".",
                List.of(new FieldProblem(FieldPath.root().property(name).toString(), expectation)));
        return clientMistake(ex, problem, headers, request);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleInvalidParameters(InvalidParameterException ex, WebRequest request) {
        List<FieldProblem> errors = new java.util.ArrayList<>();
        ex.errors().forEach((name, message) -> errors.add(new FieldProblem(FieldPath.root().property(name).toString(), message)));
        String names = String.join("', '", ex.errors().keySet());
        ProblemDetail problem = ProblemKind.INVALID_PARAMETER.problem(
                "The parameter" + (errors.size() == 1 ? " '" : "s '") + names + "' cannot be accepted; see errors.", errors);
        return clientMistake(ex, problem, new HttpHeaders(), request);
    }

    // ---- resources and their state

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return clientMistake(ex, ProblemKind.NOT_FOUND.problem(), headers, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> handleNotFound(NotFoundException ex, WebRequest request) {
        return clientMistake(ex, ProblemKind.NOT_FOUND.problem(ex.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<Object> handleInvalidFields(InvalidFieldsException ex, WebRequest request) {
        return clientMistake(ex, validationProblems.problemFor(ex), new HttpHeaders(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> handleConflict(ConflictException ex, WebRequest request) {
        org.springframework.http.ProblemDetail problem = ProblemKind.CONFLICT.problem(ex.getMessage());
        if (ex.reason() != null) {
            problem.setProperty("reason", ex.reason());
        }
        return clientMistake(ex, problem, new HttpHeaders(), request);
    }

    @ExceptionHandler(DuplicateException.class)
    ResponseEntity<Object> handleNamedDuplicate(DuplicateException ex, WebRequest request) {
        ProblemDetail problem = ProblemKind.DUPLICATE.problem(ex.getMessage(),
                List.of(new FieldProblem(ex.field(), validationProblems.wordsOf(ex.field(), ex.fieldMessage()))));
        if (ex.conflictsWith() != null) {
            problem.setProperty("conflictsWith", ex.conflictsWith());
        }
        return clientMistake(ex, problem, new HttpHeaders(), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleConcurrentModification(OptimisticLockingFailureException ex, WebRequest request) {
        return clientMistake(ex, ProblemKind.CONCURRENT_MODIFICATION.problem(), new HttpHeaders(), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> handleDuplicate(DuplicateKeyException ex, WebRequest request) {
        return clientMistake(ex, ProblemKind.DUPLICATE.problem(), new HttpHeaders(), request);
    }

    // ---- everything else

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
        if (isSecurityException(ex)) {
            throw ex; // Spring Security's filters answer 401/403; a 500 here would hide them
        }
        if (TOMCAT_PARAMETER_DECODING.equals(ex.getClass().getName())) {
            // a parameter read before this platform's checks ran, and Tomcat could not decode it
            return clientMistake(ex, ProblemKind.INVALID_PARAMETER.problem(
                    "A query parameter is not valid percent-encoded UTF-8 text."), new HttpHeaders(), request);
        }
        log.error("Unhandled error", ex);
        return createResponseEntity(ProblemKind.INTERNAL_ERROR.problem(), new HttpHeaders(),
                HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * Every problem made by the framework's own handlers passes here: give it the type and title of
     * its kind, and never let a 5xx carry the framework's wording.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = problemOf(ex, body, statusCode);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            ProblemKind.forStatus(statusCode).ifPresent(kind -> kind.applyTo(problem));
        }
        if (problem.getDetail() == null) {
            problem.setDetail(ProblemKind.forStatus(statusCode).map(ProblemKind::defaultDetail)
                    .orElse("The request could not be completed (" + statusCode.value() + ")."));
        }
        if (statusCode.is5xxServerError()) {
            log.error("Server error answered {}", statusCode.value(), ex);
            problem.setDetail(ProblemKind.INTERNAL_ERROR.defaultDetail());
        } else if (log.isDebugEnabled()) {
            log.debug("Client error answered {}: {}", statusCode.value(), ex.toString());
        }
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            String correlationId = MDC.get(CorrelationIds.MDC_KEY);
            if (correlationId != null) {
                problem.setProperty(CorrelationIds.MDC_KEY, correlationId);
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problemOf(Exception ex, Object body, HttpStatusCode statusCode) {
        if (body instanceof ProblemDetail given) {
            return given;
        }
        if (ex instanceof ErrorResponse errorResponse) {
            return errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        return ProblemDetail.forStatus(statusCode);
    }

    private ResponseEntity<Object> clientMistake(Exception ex, ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static boolean isSecurityException(Exception ex) {
        for (String name : SECURITY_EXCEPTIONS) {
            if (ClassUtils.isPresent(name, ProblemDetailsAdvice.class.getClassLoader())
                    && ClassUtils.resolveClassName(name, ProblemDetailsAdvice.class.getClassLoader()).isInstance(ex)) {
                return true;
            }
        }
        return false;
    }
}
