package uk.nhs.cohortcoach.gateway.signin;

import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import reactor.core.publisher.Mono;
import uk.nhs.cohortcoach.gateway.token.SessionCookie;
import uk.nhs.cohortcoach.gateway.token.TokenIssuer;

/**
 * After a successful OIDC sign-in (production), issues the platform token in the session cookie and
 * sends the browser on, exactly as a demo sign-in would; someone without a platform role gets 403.
 */
final class OidcSignInSuccessHandler implements ServerAuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(OidcSignInSuccessHandler.class);

    private final OidcPersonMapper mapper;
    private final TokenIssuer tokens;
    private final SessionCookie sessionCookie;
    private final URI successUrl;
    private final ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();

    OidcSignInSuccessHandler(OidcPersonMapper mapper, TokenIssuer tokens, SessionCookie sessionCookie, String successUrl) {
        this.mapper = mapper;
        this.tokens = tokens;
        this.sessionCookie = sessionCookie;
        this.successUrl = URI.create(successUrl);
    }

    @Override
    public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
        Map<String, Object> claims = authentication.getPrincipal() instanceof OAuth2User user ? user.getAttributes() : Map.of();
        return mapper.toPerson(claims)
                .map(person -> {
                    exchange.getExchange().getResponse().addCookie(sessionCookie.issue(tokens.issue(person)));
                    return redirect.sendRedirect(exchange.getExchange(), successUrl);
                })
                .orElseGet(() -> {
                    log.warn("OIDC sign-in refused: no platform role in claim set (subject {})", authentication.getName());
                    exchange.getExchange().getResponse().setStatusCode(HttpStatus.FORBIDDEN);
                    return exchange.getExchange().getResponse().setComplete();
                });
    }
}
