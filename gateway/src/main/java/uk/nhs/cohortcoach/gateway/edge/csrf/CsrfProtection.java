package uk.nhs.cohortcoach.gateway.edge.csrf;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import uk.nhs.cohortcoach.gateway.edge.EdgeProblems;
import uk.nhs.cohortcoach.gateway.edge.SecurityChainPart;
import uk.nhs.cohortcoach.gateway.token.SessionCookie;

/**
 * Double-submit CSRF protection for the browser's cookie session, with Spring Security's WebFlux
 * CSRF filter: a state-changing request (not GET, HEAD, OPTIONS, TRACE) to the APIs or the gateway's
 * own endpoints ({@code /api/**}, {@code /auth/**}) that carries the session cookie and no
 * {@code Authorization} header must send header {@code X-XSRF-TOKEN} equal to the readable cookie
 * {@code XSRF-TOKEN} (the raw value, not XOR-masked). Otherwise: 403 problem, and the request goes no
 * further. API clients with bearer tokens, sign-in without a session and survey answers without a
 * session are not affected. Form posts to the pages pass through unchanged: the web module checks their
 * {@code _csrf} field against the same cookie itself.
 */
@Configuration(proxyBeanMethods = false)
class CsrfProtection {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    static final String EXPIRED = "The form has expired; reload the page and try again.";

    private static final List<PathPattern> CHECKED_PATHS = List.of(
            PathPatternParser.defaultInstance.parse("/api/**"), PathPatternParser.defaultInstance.parse("/auth/**"));
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Bean
    SecurityChainPart csrfChainPart(SessionCookie sessionCookie, CsrfProperties properties) {
        CookieServerCsrfTokenRepository tokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieName(COOKIE);
        tokens.setHeaderName(HEADER);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> {
            cookie.sameSite("Strict");
            if (properties.cookieSecure()) {
                cookie.secure(true);
            }
        });
        return http -> http.csrf(csrf -> csrf
                .csrfTokenRepository(tokens)
                .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                .requireCsrfProtectionMatcher(cookieSessionChanges(sessionCookie.name()))
                .accessDeniedHandler((exchange, denied) -> EdgeProblems.write(exchange, HttpStatus.FORBIDDEN,
                        "csrf-token", "Form expired", EXPIRED, null)));
    }

    /**
     * State-changing requests to the APIs or the gateway's own endpoints made with the session cookie and
     * without a bearer token of their own.
     */
    static ServerWebExchangeMatcher cookieSessionChanges(String sessionCookieName) {
        return exchange -> {
            ServerHttpRequest request = exchange.getRequest();
            PathContainer path = request.getPath().pathWithinApplication();
            boolean checked = CHECKED_PATHS.stream().anyMatch(pattern -> pattern.matches(path));
            boolean changes = checked && !SAFE.contains(request.getMethod());
            boolean cookieSession = request.getCookies().getFirst(sessionCookieName) != null
                    && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            return changes && cookieSession ? MatchResult.match() : MatchResult.notMatch();
        };
    }
}
