package uk.nhs.cohortcoach.platform.support.testapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Fails before Spring MVC is reached, as a broken or refusing filter (a security entry point, say) would. */
@Component
class FailingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (request.getRequestURI()) {
            case "/test/filter-failure" -> throw new IllegalStateException("secret filter detail from uk.nhs.cohortcoach");
            case "/test/filter-refusal" -> response.sendError(HttpServletResponse.SC_FORBIDDEN, "secret reason");
            default -> chain.doFilter(request, response);
        }
    }
}
