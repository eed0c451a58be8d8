package uk.nhs.cohortcoach.gateway.token;

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

    SessionReader(ReactiveJwtDecoder decoder, SessionCookie sessionCookie) {
        this.decoder = decoder;
        this.sessionCookie = sessionCookie;
    }

    /** The signed-in person: id, name, roles and when the session ends. */
    public record Session(String personId, String name, List<String> roles, java.time.Instant expiresAt) {
    }

    public Mono<Session> read(ServerHttpRequest request) {
        String token = sessionCookie.read(request);
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (token == null && authorization != null && authorization.startsWith("Bearer ")) {
            token = authorization.substring("Bearer ".length());
        }
        if (token == null || token.isBlank()) {
            return Mono.empty();
        }
        return decoder.decode(token).map(SessionReader::session).onErrorResume(failure -> Mono.empty());
    }

    private static Session session(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Session(jwt.getSubject(), jwt.getClaimAsString("name"), roles == null ? List.of() : roles, jwt.getExpiresAt());
    }
}
