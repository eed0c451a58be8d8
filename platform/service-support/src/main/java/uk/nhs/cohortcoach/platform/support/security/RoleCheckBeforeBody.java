package uk.nhs.cohortcoach.platform.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides a handler's {@code @PreAuthorize} role rule before Spring MVC reads the request body or
 * converts a parameter, so a caller without the role gets 403 (no token: 401) whatever it sent,
 * never a 400 about a body it had no right to send. Method security checks the same rule again when
 * the method runs; a rule that refers to the method's arguments ({@code #name}) can only be decided
 * then and is left to it.
 */
final class RoleCheckBeforeBody implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = ruleOf(method);
        if (rule == null || rule.value().contains("#") || rule.value().contains("returnObject")) {
            return true;
        }
        Object target = method.getBean() instanceof String ? null : method.getBean();
        AuthorizationResult result = rules.authorize(SecurityContextHolder.getContext()::getAuthentication,
                new SimpleMethodInvocation(target, method.getMethod()));
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Access Denied");
        }
        return true;
    }

    private static PreAuthorize ruleOf(HandlerMethod handler) {
        Method method = handler.getMethod();
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}
