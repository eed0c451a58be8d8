package uk.nhs.cohortcoach.gateway.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The sliding session: a token is the idle limit (its ttl, 15 minutes by default), the session the maximum
 * (from the first sign-in, {@code auth_time}, 10 hours by default). A token the gateway signed, not expired,
 * with less than half its ttl left is renewed on the next request that carries it (see
 * {@link SlidingSessionWebFilter}), and on {@code POST /auth/refresh} whatever is left; the renewed token is
 * for the same person, roles and {@code auth_time}, and expires no later than the session ends. An expired
 * token, one signed by anyone else, or one whose session has reached its maximum is never renewed.
 */
public class SlidingSession {

    private final ReactiveJwtDecoder decoder;
    private final TokenIssuer issuer;
    private final Duration ttl;
    private final Clock clock;

    SlidingSession(ReactiveJwtDecoder decoder, TokenIssuer issuer, Duration ttl, Clock clock) {
        this.decoder = decoder;
        this.issuer = issuer;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A renewed token when {@code token} is due for renewal (see {@link #due}); empty otherwise. */
    public Mono<IssuedToken> renewIfDue(String token) {
        return valid(token)
                .filter(jwt -> due(clock.instant(), jwt.getExpiresAt(), issuer.sessionEndsAt(TokenIssuer.authTime(jwt)), ttl))
                .map(issuer::renew);
    }

    /** A renewed token whenever {@code token} is still valid and its session has not ended; empty otherwise. */
    public Mono<IssuedToken> renew(String token) {
        return valid(token)
                .filter(jwt -> clock.instant().isBefore(issuer.sessionEndsAt(TokenIssuer.authTime(jwt))))
                .map(issuer::renew);
    }

    /**
     * Whether a valid token should be renewed in passing: not expired, less than half its ttl left, and a
     * renewal would give it longer (its session has not reached the maximum; the token's expiry is not already
     * the session's end).
     */
    static boolean due(Instant now, Instant expiresAt, Instant sessionEndsAt, Duration ttl) {
        return now.isBefore(expiresAt)
                && Duration.between(now, expiresAt).compareTo(ttl.dividedBy(2)) < 0
                && now.isBefore(sessionEndsAt)
                && expiresAt.isBefore(sessionEndsAt);
    }

    /** The token when its signature is the gateway's, its issuer right and it has not expired (no clock skew allowed). */
    private Mono<Jwt> valid(String token) {
        if (token == null || token.isBlank()) {
            return Mono.empty();
        }
        return decoder.decode(token)
                .filter(jwt -> jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt()))
                .onErrorResume(failure -> Mono.empty());
    }
}
