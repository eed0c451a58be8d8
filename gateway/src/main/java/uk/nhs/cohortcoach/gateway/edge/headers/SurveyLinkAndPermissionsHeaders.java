package uk.nhs.cohortcoach.gateway.edge.headers;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Headers set as the response is committed, whoever answered (a page, a service, an error, or a
 * refusal at the edge before Spring Security's header writers run, such as a 429 or 413):
 * {@code Permissions-Policy} denying every powerful browser feature on every response, and on every
 * address that holds a survey link token ({@code /respond/**}, {@code /api/respond/**}) or an open-event
 * registration's cancel or feedback link token ({@code /events/registrations/**}, {@code /events/feedback/**} and
 * their {@code /api/open-events/...} counterparts)
 * {@code Cache-Control: no-store} and {@code Referrer-Policy: no-referrer}, whatever the page or the
 * service set, so no cache and no other site ever keeps the token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SurveyLinkAndPermissionsHeaders implements WebFilter {

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), "
            + "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), "
            + "usb=(), xr-spatial-tracking=()";

    private static final String PERMISSIONS_POLICY_HEADER = "Permissions-Policy";
    private static final String REFERRER_POLICY_HEADER = "Referrer-Policy";
    private static final List<PathPattern> SURVEY_LINKS = List.of(
            PathPatternParser.defaultInstance.parse("/respond/**"),
            PathPatternParser.defaultInstance.parse("/api/respond/**"),
            PathPatternParser.defaultInstance.parse("/events/registrations/**"),
            PathPatternParser.defaultInstance.parse("/events/feedback/**"),
            PathPatternParser.defaultInstance.parse("/api/open-events/registrations/**"),
            PathPatternParser.defaultInstance.parse("/api/open-events/feedback/**"));

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        boolean surveyLink = SURVEY_LINKS.stream().anyMatch(pattern -> pattern.matches(path));
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            HttpHeaders headers = response.getHeaders();
            headers.set(PERMISSIONS_POLICY_HEADER, PERMISSIONS_POLICY);
            if (surveyLink) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                headers.set(REFERRER_POLICY_HEADER, "no-referrer");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
