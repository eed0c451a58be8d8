package uk.nhs.cohortcoach.platform.support.problem;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer for every field error of a request body. The strict reader skips each value it cannot
 * bind (an unknown field, a value of the wrong type or format) instead of stopping at the first; this
 * advice hands what it skipped to the body's binding result, where Bean Validation and any validator a
 * controller adds ({@code binder.addValidators}, for the service's own rules) add theirs, so the client
 * gets them all at once ({@link ValidationProblems}). Only {@code @RequestBody} parameters read by the
 * strict reader take part; a body that is not JSON at all is still one error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE) // wraps the body last, so the reader sees this wrapper
class BindingProblemsAdvice implements RequestBodyAdvice {

    private static final String SKIPPED = BindingProblemsAdvice.class.getName() + ".skipped";

    private final JsonReadProblems jsonReadProblems;

    BindingProblemsAdvice(JsonMapper jsonMapper) {
        this.jsonReadProblems = new JsonReadProblems(jsonMapper);
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.hasParameterAnnotation(RequestBody.class)
                && StrictJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return new CollectingInput(input);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (input instanceof CollectingInput collecting && !collecting.skipped.isEmpty()) {
            RequestContextHolder.currentRequestAttributes().setAttribute(SKIPPED, new Skipped(body, collecting.skipped),
                    RequestAttributes.SCOPE_REQUEST);
        }
        return body;
    }

    @Override
    public Object handleEmptyBody(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return body;
    }

    /** The binder of the body just read starts with the values the reader skipped, one error each. */
    @InitBinder
    void addSkippedValues(WebDataBinder binder, WebRequest request) {
        if (binder.getTarget() != null && request.getAttribute(SKIPPED, RequestAttributes.SCOPE_REQUEST) instanceof Skipped skipped
                && skipped.body() == binder.getTarget()) {
            request.removeAttribute(SKIPPED, RequestAttributes.SCOPE_REQUEST);
            for (JacksonException problem : skipped.problems()) {
                binder.getBindingResult().addError(
                        new BindingFieldError(binder.getObjectName(), jsonReadProblems.bindingProblem(problem)));
            }
        }
    }

    private record Skipped(Object body, List<JacksonException> problems) {
    }

    /** The body as the reader gets it: marks it as one whose unbindable values may be skipped, and keeps them. */
    static final class CollectingInput implements HttpInputMessage {

        private final HttpInputMessage input;
        private List<JacksonException> skipped = List.of();

        CollectingInput(HttpInputMessage input) {
            this.input = input;
        }

        void skipped(List<JacksonException> problems) {
            this.skipped = List.copyOf(problems);
        }

        @Override
        public InputStream getBody() throws IOException {
            return input.getBody();
        }

        @Override
        public HttpHeaders getHeaders() {
            return input.getHeaders();
        }
    }
}
