package uk.nhs.cohortcoach.platform.support.apidocs;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * Says in each operation of the document what the service really does beyond its happy path: who
 * may call it (the bearer scheme, and the roles of its {@code @PreAuthorize} rule as
 * {@code x-required-roles}), and the problem answers it can give (400 for any parameter or body, 401
 * and 403 where a token is needed, 404 where the path names something, 409 for writes, 413 and 415
 * where there is a body). An operation marked {@code @SecurityRequirements} with none (a survey link,
 * a calendar feed, Notify's callback) is documented as open to the filter chain.
 */
final class OperationContract implements OperationCustomizer {

    static final String REQUIRED_ROLES = "x-required-roles";
    static final String PROBLEM_SCHEMA = "#/components/schemas/" + ApiDocsAutoConfiguration.PROBLEM;

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean open = isOpen(handler);
        if (open) {
            operation.setSecurity(List.of());
        }
        List<String> roles = requiredRoles(handler);
        if (!roles.isEmpty()) {
            operation.addExtension(REQUIRED_ROLES, roles);
            String note = "Requires the role " + String.join(" or ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "A parameter or the body is not valid; errors names each field.");
        if (!open) {
            problems.put("401", "No valid platform token.");
            problems.put("403", "The token's roles do not allow this.");
        }
        boolean write = handler.getMethod().getAnnotation(org.springframework.web.bind.annotation.GetMapping.class) == null;
        boolean namesSomething = namesSomething(handler);
        if (namesSomething || open) {
            problems.put("404", "Nothing with that id (or link) is known.");
        }
        if (write) {
            problems.put("409", "Conflicts with the current state, a concurrent change or an existing record.");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "The body is larger than the service accepts.");
            problems.put("415", "The body is not JSON.");
        }
        problems.forEach((status, description) -> responses.computeIfAbsent(status, code -> problem(description)));
        operation.setResponses(responses);
        return operation;
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
    }

    private static boolean isOpen(HandlerMethod handler) {
        SecurityRequirements none = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), SecurityRequirements.class);
        if (none == null) {
            none = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), SecurityRequirements.class);
        }
        return none != null && none.value().length == 0;
    }

    /** A path variable, or a query parameter naming a thing (…Id) that must exist. */
    private static boolean namesSomething(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
                return true;
            }
            var query = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
            String name = query == null ? null : !query.name().isEmpty() ? query.name() : parameter.getParameter().getName();
            if (name != null && name.endsWith("Id")) {
                return true;
            }
        }
        return false;
    }

    static List<String> requiredRoles(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        List<String> roles = new ArrayList<>();
        if (rule != null && rule.value().matches("\\s*has(Any)?Role\\(.*\\)\\s*")) {
            Matcher matcher = ROLE.matcher(rule.value());
            while (matcher.find()) {
                roles.add(matcher.group(1));
            }
        }
        return roles;
    }
}
