package uk.nhs.cohortcoach.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** Addresses web may send a person back to: its own paths only, never another site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** True for {@code /x...}, false for anything that could leave the site ({@code //host}, {@code /\host}, {@code https:}). */
    public static boolean isLocal(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == '\\');
    }

    /** {@code path} if it is local, else {@code fallback}. */
    public static String orElse(String path, String fallback) {
        return isLocal(path) ? path : fallback;
    }

    /** The request's own path and query, to come back to after signing in. */
    public static String of(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
