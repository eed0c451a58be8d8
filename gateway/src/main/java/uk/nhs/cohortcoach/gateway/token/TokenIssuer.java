package uk.nhs.cohortcoach.gateway.token;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * Issues the short-lived platform token every service accepts: RS256 with the signing key's
 * {@code kid}; claims {@code iss}, {@code sub} (person id), {@code roles}, {@code name},
 * {@code preferred_username}, {@code iat}, {@code exp} and a unique {@code jti}.
 */
public class TokenIssuer {

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

    public IssuedToken issue(SignedInPerson person) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.ttl());
        List<String> roles = person.roles().stream().map(Role::name).toList();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(person.personId())
                .claim(Role.CLAIM, roles)
                .claim("name", person.name())
                .claim("preferred_username", person.username())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKey.getKeyID()).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, expiresAt, roles);
    }
}
