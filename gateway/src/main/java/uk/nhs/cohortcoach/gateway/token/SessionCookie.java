package uk.nhs.cohortcoach.gateway.token;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The browser's session: a cookie holding the platform token itself (so the gateway keeps no
 * session state), HttpOnly so page scripts cannot read it, SameSite=Lax so other sites' pages cannot
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

    /** The cookie that starts a session with this token; it lasts as long as the token. */
    public ResponseCookie issue(IssuedToken token) {
        Duration left = Duration.between(Instant.now(), token.expiresAt());
        return builder(token.token()).maxAge(left.isNegative() ? Duration.ZERO : left).build();
    }

    /** The cookie that ends the session in the browser. */
    public ResponseCookie clear() {
        return builder("").maxAge(Duration.ZERO).build();
    }

    /** The token from the request's session cookie, if it has one. */
    String read(ServerHttpRequest request) {
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
