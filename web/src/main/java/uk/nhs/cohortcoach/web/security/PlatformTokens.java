package uk.nhs.cohortcoach.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * Reads a platform token as the services do (signature against the gateway's JWKS, RS256 or ES256, the
 * configured issuer), but tells an <em>expired</em> token with a good signature apart from one that is
 * refused: the first still says who was signed in (web keeps their form), the second says nothing.
 */
@Component
class PlatformTokens {

    /** What a token says. */
    sealed interface Reading {
    }

    /** Signed by the gateway and not expired. */
    record Valid(SignedInPerson person) implements Reading {
    }

    /** Signed by the gateway, but its time is up: who it was, nothing more. */
    record Expired(SignedInPerson person) implements Reading {
    }

    /** Not a token the gateway signed for this issuer (or no token). */
    record Refused() implements Reading {
    }

    private final JwtDecoder decoder;
    private final WebProperties.Auth auth;
    private final Clock clock;

    PlatformTokens(WebProperties properties, Clock clock) {
        this.auth = properties.auth();
        this.clock = clock;
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(auth.jwksUri().toString())
                .jwsAlgorithms(algorithms -> {
                    algorithms.add(SignatureAlgorithm.from(JWSAlgorithm.RS256.getName()));
                    algorithms.add(SignatureAlgorithm.from(JWSAlgorithm.ES256.getName()));
                })
                .build();
        // the issuer only: expiry is decided below, so an expired token still names its person
        nimbus.setJwtValidator(new JwtIssuerValidator(auth.issuer()));
        this.decoder = nimbus;
    }

    Reading read(String token) {
        if (token == null || token.isBlank()) {
            return new Refused();
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (BadJwtException refused) {
            return new Refused();
        }
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null || jwt.getSubject() == null) {
            return new Refused();
        }
        SignedInPerson person = new SignedInPerson(jwt.getSubject(), jwt.getClaimAsString("name"), roles(jwt), token, expiresAt);
        return expiresAt.plus(auth.clockSkew()).isAfter(clock.instant()) ? new Valid(person) : new Expired(person);
    }

    private static Set<Role> roles(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(Role.CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role role : Role.values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
