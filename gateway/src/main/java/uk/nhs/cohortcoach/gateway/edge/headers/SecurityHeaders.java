package uk.nhs.cohortcoach.gateway.edge.headers;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.edge.SecurityChainPart;

/**
 * Security headers on every response the gateway sends (its pages, proxied API answers, errors),
 * through Spring Security's header writers: a strict Content-Security-Policy (scripts and styles
 * only from the gateway itself, nothing inline), {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: no-referrer}, {@code X-Frame-Options: DENY}, and HSTS only on requests
 * that came over TLS (directly, or per {@code X-Forwarded-Proto} when forwarded headers are trusted).
 * The Swagger UI's own paths may also use inline styles, which its renderer sets.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String CSP_HEADER = "Content-Security-Policy";
    private static final List<PathPattern> SWAGGER_UI = List.of(
            PathPatternParser.defaultInstance.parse("/api-docs"),
            PathPatternParser.defaultInstance.parse("/webjars/swagger-ui/**"));

    @Bean
    SecurityChainPart securityHeadersChainPart() {
        return http -> http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .frameOptions(frames -> frames.mode(Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
                .writer(contentSecurityPolicy()));
    }

    private static ServerHttpHeadersWriter contentSecurityPolicy() {
        return exchange -> {
            var headers = exchange.getResponse().getHeaders();
            if (!headers.containsHeader(CSP_HEADER)) {
                PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
                boolean swaggerUi = SWAGGER_UI.stream().anyMatch(pattern -> pattern.matches(path));
                headers.set(CSP_HEADER, swaggerUi ? SWAGGER_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
            }
            return Mono.empty();
        };
    }
}
