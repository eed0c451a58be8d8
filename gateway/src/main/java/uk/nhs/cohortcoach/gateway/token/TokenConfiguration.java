package uk.nhs.cohortcoach.gateway.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The signing key, the token issuer built on Nimbus, and the session cookie. */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    RSAKey tokenSigningKey(TokenProperties properties, Environment environment) {
        return SigningKeys.load(properties.signingKey(), environment.matchesProfiles("prod"));
    }

    @Bean
    TokenIssuer tokenIssuer(RSAKey tokenSigningKey, TokenProperties properties) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(tokenSigningKey)));
        return new TokenIssuer(encoder, tokenSigningKey, properties, Clock.systemUTC());
    }

    /** Reads the gateway's own tokens back (for {@code /auth/me}): signature, issuer and expiry checked. */
    @Bean
    SessionReader sessionReader(RSAKey tokenSigningKey, TokenProperties properties, SessionCookie sessionCookie) throws Exception {
        org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder decoder =
                org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(org.springframework.security.oauth2.jwt.JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return new SessionReader(decoder, sessionCookie);
    }

    @Bean
    SessionCookie sessionCookie(TokenProperties properties) {
        return new SessionCookie(properties.cookie());
    }
}
