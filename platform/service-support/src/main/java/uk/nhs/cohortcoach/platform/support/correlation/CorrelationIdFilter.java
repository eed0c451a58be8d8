package uk.nhs.cohortcoach.platform.support.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;

/** Puts the request's correlation id in the logging MDC and on the response, for the whole request. */
class CorrelationIdFilter extends OncePerRequestFilter {

    static final String REQUEST_ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = CorrelationIds.acceptOrCreate(request.getHeader(CorrelationIds.HEADER));
        request.setAttribute(REQUEST_ATTRIBUTE, id);
        response.setHeader(CorrelationIds.HEADER, id);
        MDC.put(CorrelationIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }
}
