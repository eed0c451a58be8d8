package uk.nhs.cohortcoach.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Nobody (or nobody any more) signed in: 302 to {@code /sign-in?next=<this page>}. */
public final class SignInRedirect {

    private SignInRedirect() {
    }

    /** Where to sign in and come back to {@code next} (a local path; GET pages only come back). */
    public static String to(HttpServletRequest request) {
        String next = "GET".equals(request.getMethod()) ? LocalPaths.of(request) : request.getRequestURI();
        return "/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
