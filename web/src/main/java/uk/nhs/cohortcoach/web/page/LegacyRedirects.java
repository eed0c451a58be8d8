package uk.nhs.cohortcoach.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The old {@code /admin/...} addresses of pages that have moved to web answer 301 to the new ones, in ONE
 * place: when a page moves, add its old address here (and delete the legacy HTML and its JS module from the
 * gateway in the same change, so the request reaches web). An old address not listed is "Page not found".
 */
@Controller
class LegacyRedirects {

    /** Old path → the new address (from the old request, for addresses that carried an id in the query). */
    static final Map<String, Function<HttpServletRequest, String>> MOVED = Map.of(
            "/admin/cohorts", request -> "/cohorts",
            "/admin/cohorts.html", request -> "/cohorts",
            "/admin/waves", request -> "/surveys",
            "/admin/waves.html", request -> "/surveys",
            "/admin/wave", LegacyRedirects::wave,
            "/admin/wave.html", LegacyRedirects::wave,
            "/admin", LegacyRedirects::dashboard,
            "/admin/", LegacyRedirects::dashboard,
            "/admin/index.html", LegacyRedirects::dashboard);

    /** {@code /admin/?cohortId=c1} → {@code /dashboard?cohortId=c1}. */
    private static String dashboard(HttpServletRequest request) {
        String cohortId = request.getParameter("cohortId");
        return cohortId == null || cohortId.isBlank() ? "/dashboard"
                : "/dashboard?cohortId=" + org.springframework.web.util.UriUtils.encodeQueryParam(cohortId, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code /admin/wave?id=w1} → {@code /surveys/w1}; without an id, the list. */
    private static String wave(HttpServletRequest request) {
        String id = request.getParameter("id");
        return id == null || id.isBlank() ? "/surveys"
                : "/surveys/" + org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
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
