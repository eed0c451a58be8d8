package uk.nhs.cohortcoach.gateway.token;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * Issues the short-lived platform token every service accepts: RS256 with the signing key's
 * {@code kid}; claims {@code iss}, {@code sub} (person id), {@code roles}, {@code name},
 * {@code preferred_username}, {@code auth_time} (when the person signed in, in epoch seconds, kept through
 * renewals), {@code iat}, {@code exp} and a unique {@code jti}. A token expires after the configured ttl,
 * and never after its session's end ({@code auth_time} plus the maximum session length).
 */
public class TokenIssuer {

    static final String AUTH_TIME = "auth_time";

    private final JwtEncoder encoder;
    private final RSAKey signingKey;
    private final TokenProperties properties;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, RSAKey signingKey, TokenProperties properties, Clock clock) {
        this.encoder = encoder;
        this.signingKey = signingKey;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new session's first token: the person has just signed in. */
    public IssuedToken issue(SignedInPerson person) {
        Instant now = clock.instant();
        List<String> roles = person.roles().stream().map(Role::name).toList();
        return sign(person.personId(), roles, person.name(), person.username(), now.truncatedTo(ChronoUnit.SECONDS), now);
    }

    /** A new token for the same session as {@code current} (same person, roles and {@code auth_time}). */
    IssuedToken renew(Jwt current) {
        List<String> roles = current.getClaimAsStringList(Role.CLAIM);
        return sign(current.getSubject(), roles == null ? List.of() : roles, current.getClaimAsString("name"),
                current.getClaimAsString("preferred_username"), authTime(current), clock.instant());
    }

    /** When the token's session started: its {@code auth_time}, or (for a token from before the claim) its {@code iat}. */
    static Instant authTime(Jwt token) {
        Instant authTime = token.getClaimAsInstant(AUTH_TIME);
        return authTime != null ? authTime : token.getIssuedAt();
    }

    /** When the session started at {@code authTime} ends, however active. */
    Instant sessionEndsAt(Instant authTime) {
        return authTime.plus(properties.sessionMax());
    }

    private IssuedToken sign(String personId, List<String> roles, String name, String username, Instant authTime,
            Instant now) {
        Instant sessionEndsAt = sessionEndsAt(authTime);
        Instant idle = now.truncatedTo(ChronoUnit.SECONDS).plus(properties.ttl());   // as the token says it, in seconds
        Instant expiresAt = idle.isAfter(sessionEndsAt) ? sessionEndsAt : idle;
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(personId)
                .claim(Role.CLAIM, roles)
                .claim("name", name)
                .claim("preferred_username", username)
                .claim(AUTH_TIME, authTime.getEpochSecond())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKey.getKeyID()).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, expiresAt, roles, sessionEndsAt);
    }
}
