package uk.nhs.cohortcoach.gateway.token;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Who a request is signed in as, from its session cookie (or bearer token), checked like every
 * service checks it: signature, issuer, expiry. Empty when there is no valid token.
 */
public class SessionReader {

    private final ReactiveJwtDecoder decoder;
    private final SessionCookie sessionCookie;
    private final TokenIssuer issuer;

    SessionReader(ReactiveJwtDecoder decoder, SessionCookie sessionCookie, TokenIssuer issuer) {
        this.decoder = decoder;
        this.sessionCookie = sessionCookie;
        this.issuer = issuer;
    }

    /**
     * The signed-in person: id, name, roles, when their token expires unless renewed (the idle limit) and when
     * the session ends however active (the maximum).
     */
    public record Session(String personId, String name, List<String> roles, Instant expiresAt, Instant sessionEndsAt) {
    }

    /** The request's token: from its session cookie, else its bearer token; null when it has neither. */
    public String token(ServerHttpRequest request) {
        String token = sessionCookie.read(request);
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (token == null && authorization != null && authorization.startsWith("Bearer ")) {
            token = authorization.substring("Bearer ".length());
        }
        return token == null || token.isBlank() ? null : token;
    }

    public Mono<Session> read(ServerHttpRequest request) {
        String token = token(request);
        if (token == null) {
            return Mono.empty();
        }
        return decoder.decode(token).map(this::session).onErrorResume(failure -> Mono.empty());
    }

    private Session session(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Session(jwt.getSubject(), jwt.getClaimAsString("name"), roles == null ? List.of() : roles,
                jwt.getExpiresAt(), issuer.sessionEndsAt(TokenIssuer.authTime(jwt)));
    }
}
