package uk.nhs.cohortcoach.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of every page test: any attempt to create an HTTP session fails the request, so every page
 * test also proves that web keeps no session (replicas need no sticky sessions).
 */
final class NoHttpSession extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public HttpSession getSession(boolean create) {
                if (create) {
                    throw new IllegalStateException("web keeps no HTTP session, but something asked for one");
                }
                return super.getSession(false);
            }
        }, response);
    }
}
