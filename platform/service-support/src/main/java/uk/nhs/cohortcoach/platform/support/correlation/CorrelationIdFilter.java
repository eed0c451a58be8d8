package uk.nhs.cohortcoach.platform.support.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/**
 * Puts the request's correlation id in the logging MDC and on the response, for the whole request,
 * and again for its error dispatch (when a filter failed or something called {@code sendError}), so
 * the error answer and its log lines carry the same id.
 */
class CorrelationIdFilter extends OncePerRequestFilter {

    static final String REQUEST_ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(REQUEST_ATTRIBUTE) instanceof String known ? known
                : CorrelationIds.acceptOrCreate(request.getHeader(CorrelationIds.HEADER));
        request.setAttribute(REQUEST_ATTRIBUTE, id);
        response.setHeader(CorrelationIds.HEADER, id);
        MDC.put(CorrelationIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
