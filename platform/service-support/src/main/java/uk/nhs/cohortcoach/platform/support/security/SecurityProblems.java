package uk.nhs.cohortcoach.platform.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.platform.support.problem.AccessProblems;

/**
 * Writes the RFC 9457 problem for a refused request (401 or 403) with the same fields the MVC
 * problem details carry, including the request's {@code correlationId}. Used where Spring MVC is not
 * involved (the security filter chain), so the body is written directly. Never says why a token
 * was refused beyond what the {@code WWW-Authenticate} header already tells.
 */
final class SecurityProblems {

    static final String UNAUTHORIZED_DETAIL = "A valid bearer token is required. Sign in at the gateway to get one.";
    static final String FORBIDDEN_DETAIL = "Your roles do not allow this.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecurityProblems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail kind = AccessProblems.of(status, detail);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", kind.getType().toString());
        problem.put("title", kind.getTitle());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        String correlationId = MDC.get(CorrelationIds.MDC_KEY);
        if (correlationId != null) {
            problem.put(CorrelationIds.MDC_KEY, correlationId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.getWriter().flush();
    }
}
