package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UriUtils;

/**
 * The old {@code /admin/...} addresses of pages that have moved to web answer 301 to the new ones, in ONE
 * place: when a page moves, add its old address here (and delete the legacy HTML and its JS module from the
 * gateway in the same change, so the request reaches web). An old address not listed is "Page not found".
 */
@Controller
class LegacyRedirects {

    /** Old path → the new address (from the old request, for addresses that carried an id in the query). */
    static final Map<String, Function<HttpServletRequest, String>> MOVED = Map.ofEntries(
            Map.entry("/admin/cohorts", request -> "/cohorts"),
            Map.entry("/admin/cohorts.html", request -> "/cohorts"),
            Map.entry("/admin/my-actions", request -> "/actions"),
            Map.entry("/admin/my-actions.html", request -> "/actions"),
            Map.entry("/admin/privacy", request -> "/personal-data"),
            Map.entry("/admin/privacy.html", request -> "/personal-data"),
            Map.entry("/admin/preferences", request -> "/preferences"),
            Map.entry("/admin/preferences.html", request -> "/preferences"),
            Map.entry("/admin/notifications", LegacyRedirects::notifications),
            Map.entry("/admin/notifications.html", LegacyRedirects::notifications),
            Map.entry("/admin/collaboratives", LegacyRedirects::collaboratives),
            Map.entry("/admin/collaboratives.html", LegacyRedirects::collaboratives),
            Map.entry("/admin/collaborative", LegacyRedirects::collaborative),
            Map.entry("/admin/collaborative.html", LegacyRedirects::collaborative),
            Map.entry("/admin/my-sessions", request -> "/my-sessions"),
            Map.entry("/admin/my-sessions.html", request -> "/my-sessions"),
            Map.entry("/admin/calendar", LegacyRedirects::calendar),
            Map.entry("/admin/calendar.html", LegacyRedirects::calendar),
            Map.entry("/admin/session", LegacyRedirects::session),
            Map.entry("/admin/session.html", LegacyRedirects::session),
            Map.entry("/admin/waves", request -> "/surveys"),
            Map.entry("/admin/waves.html", request -> "/surveys"),
            Map.entry("/admin/wave", LegacyRedirects::wave),
            Map.entry("/admin/wave.html", LegacyRedirects::wave),
            Map.entry("/admin", LegacyRedirects::dashboard),
            Map.entry("/admin/", LegacyRedirects::dashboard),
            Map.entry("/admin/index.html", LegacyRedirects::dashboard));

    /** The log's filters ({@code ?status=&purpose=&personId=}) are the same in the new address. */
    private static String notifications(HttpServletRequest request) {
        return "/notifications" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** A cohort's collaboratives ({@code ?cohortId=}) are on the cohort's page; without one, the cohorts. */
    private static String collaboratives(HttpServletRequest request) {
        String cohortId = request.getParameter("cohortId");
        return cohortId == null || cohortId.isBlank() ? "/cohorts" : "/cohorts/" + UriUtils.encodePathSegment(cohortId, StandardCharsets.UTF_8);
    }

    /** One collaborative ({@code ?id=}); without one, the cohorts to choose from. */
    private static String collaborative(HttpServletRequest request) {
        String id = request.getParameter("id");
        return id == null || id.isBlank() ? "/cohorts" : "/collaboratives/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** {@code /admin/session?id=X} is {@code /sessions/X}; without an id, the coach's or manager's list is the way in. */
    private static String session(HttpServletRequest request) {
        String id = request.getParameter("id");
        return id == null || id.isBlank() ? "/my-sessions"
                : "/sessions/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** The calendar keeps its query ({@code view}, {@code week}, {@code collaborativeId}, {@code coachId}: the same names). */
    private static String calendar(HttpServletRequest request) {
        return request.getQueryString() == null ? "/calendar" : "/calendar?" + request.getQueryString();
    }

    /** {@code /admin/?cohortId=c1} → {@code /dashboard?cohortId=c1}. */
    private static String dashboard(HttpServletRequest request) {
        String cohortId = request.getParameter("cohortId");
        return cohortId == null || cohortId.isBlank() ? "/dashboard"
                : "/dashboard?cohortId=" + UriUtils.encodeQueryParam(cohortId, StandardCharsets.UTF_8);
    }

    /** {@code /admin/wave?id=w1} → {@code /surveys/w1}; without an id, the list. */
    private static String wave(HttpServletRequest request) {
        String id = request.getParameter("id");
        return id == null || id.isBlank() ? "/surveys"
                : "/surveys/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    @GetMapping("/admin/**")
    ResponseEntity<Void> moved(HttpServletRequest request) throws NoResourceFoundException {
        Function<HttpServletRequest, String> to = MOVED.get(request.getRequestURI());
        if (to == null) {
            throw new NoResourceFoundException(HttpMethod.GET, request.getRequestURI(), request.getRequestURI());
        }
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, to.apply(request)).build();
    }
}
