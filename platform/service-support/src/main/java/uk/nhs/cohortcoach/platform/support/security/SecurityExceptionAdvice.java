package uk.nhs.cohortcoach.platform.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Method security ({@code @PreAuthorize}) refuses inside Spring MVC, where the platform's catch-all
 * problem advice would otherwise turn the refusal into a 500. This advice runs first and answers
 * exactly as the security filter chain does: 403 for an authenticated person without the role, 401
 * (with {@code WWW-Authenticate}) for anyone not signed in.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityExceptionAdvice {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
    private final ProblemAccessDeniedHandler deniedHandler = new ProblemAccessDeniedHandler();

    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException denied, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            deniedHandler.handle(request, response, denied);
        } else {
            entryPoint.commence(request, response,
                    new InsufficientAuthenticationException("Full authentication is required", denied));
        }
    }

    @ExceptionHandler(AuthenticationException.class)
    void unauthenticated(AuthenticationException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        entryPoint.commence(request, response, failure);
    }
}
