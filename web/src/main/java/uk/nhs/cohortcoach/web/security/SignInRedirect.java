package uk.nhs.cohortcoach.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Nobody (or nobody any more) signed in: 302 to {@code /sign-in?next=<this page>}. */
public final class SignInRedirect implements AuthenticationEntryPoint {

    /** Where to sign in and come back to {@code next} (a local path; GET pages only come back). */
    public static String to(HttpServletRequest request) {
        String next = "GET".equals(request.getMethod()) ? LocalPaths.of(request) : request.getRequestURI();
        return "/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.sendRedirect(to(request));
    }
}
