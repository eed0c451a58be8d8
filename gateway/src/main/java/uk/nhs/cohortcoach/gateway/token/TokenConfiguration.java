package uk.nhs.cohortcoach.gateway.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The signing key, the token issuer built on Nimbus, the sliding session and the session cookie. */
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
    SessionReader sessionReader(RSAKey tokenSigningKey, TokenProperties properties, SessionCookie sessionCookie,
            TokenIssuer tokenIssuer) {
        return new SessionReader(decoderFor(tokenSigningKey, properties, Clock.systemUTC()), sessionCookie, tokenIssuer);
    }

    @Bean
    SlidingSession slidingSession(RSAKey tokenSigningKey, TokenProperties properties, TokenIssuer tokenIssuer) {
        return new SlidingSession(decoderFor(tokenSigningKey, properties, Clock.systemUTC()), tokenIssuer, properties.ttl(),
                Clock.systemUTC());
    }

    @Bean
    SessionCookie sessionCookie(TokenProperties properties) {
        return new SessionCookie(properties.cookie());
    }

    /**
     * Accepts only tokens signed with the gateway's key, from its issuer, not expired (by {@code clock}, with the
     * usual minute of clock skew; {@link SlidingSession} allows none).
     */
    static ReactiveJwtDecoder decoderFor(RSAKey tokenSigningKey, TokenProperties properties, Clock clock) {
        try {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey()).build();
            JwtTimestampValidator expiry = new JwtTimestampValidator();
            expiry.setClock(clock);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(properties.issuer()), expiry));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException("the token signing key has no RSA public key", e);
        }
    }
}
