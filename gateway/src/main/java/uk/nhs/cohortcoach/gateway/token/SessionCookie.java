package uk.nhs.cohortcoach.gateway.token;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The browser's session: a cookie holding the platform token itself (so the gateway keeps no
 * session state), lasting until the session's maximum length is reached, HttpOnly so page scripts cannot read it, SameSite=Lax so other sites' pages cannot
 * make the browser send it with their POSTs, Secure where configured (production).
 */
public class SessionCookie {

    private final TokenProperties.Cookie config;

    SessionCookie(TokenProperties.Cookie config) {
        this.config = config;
    }

    public String name() {
        return config.name();
    }

    /**
     * The cookie that carries this token. It lasts until the session ends, not until the token expires: an
     * expired token is still sent and relayed, so that the services answer 401 and the web module knows who was
     * signed in when a form arrives after the idle limit.
     */
    public ResponseCookie issue(IssuedToken token) {
        Duration left = Duration.between(Instant.now(), token.sessionEndsAt());
        return builder(token.token()).maxAge(left.isNegative() ? Duration.ZERO : left).build();
    }

    /** The cookie that ends the session in the browser. */
    public ResponseCookie clear() {
        return builder("").maxAge(Duration.ZERO).build();
    }

    /** The token from the request's session cookie, if it has one. */
    public String read(ServerHttpRequest request) {
        HttpCookie cookie = request.getCookies().getFirst(config.name());
        return cookie == null ? null : cookie.getValue();
    }

    private ResponseCookie.ResponseCookieBuilder builder(String value) {
        return ResponseCookie.from(config.name(), value)
                .httpOnly(true)
                .secure(config.secure())
                .sameSite("Lax")
                .path("/");
    }
}
