package uk.nhs.cohortcoach.platform.support.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The gateway's signing keys as a service holds them: fetched from the JWKS address on the first
 * token and kept for five minutes; a token whose key id is not among them makes the service fetch
 * again (the gateway rotated its key) <em>at most once per {@code refreshInterval}</em>, and in
 * between such a token simply finds no key (401). Spring Security's own JWKS decoder fetches again for
 * every unknown key id, so a stream of tokens with made-up key ids would become a stream of requests
 * to the gateway.
 */
final class PlatformKeys implements JWKSource<SecurityContext> {

    private static final Duration KEEP_FOR = Duration.ofMinutes(5);
    private static final int TIMEOUT_MS = 2_000;
    private static final int MAX_JWKS_BYTES = 64 * 1024;

    private final URL jwksUrl;
    private final ResourceRetriever retriever;
    private final Duration refreshInterval;
    private final Clock clock;

    private JWKSet keys;
    private Instant fetchedAt = Instant.MIN;

    PlatformKeys(URL jwksUrl, ResourceRetriever retriever, Duration refreshInterval, Clock clock) {
        this.jwksUrl = jwksUrl;
        this.retriever = retriever;
        this.refreshInterval = refreshInterval;
        this.clock = clock;
    }

    static NimbusJwtDecoder decoder(ServiceSecurityProperties properties) {
        URL url;
        try {
            url = properties.jwksUri().toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cohort-coach.security.jwks-uri is not a URL: " + properties.jwksUri(), e);
        }
        PlatformKeys keys = new PlatformKeys(url, new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, MAX_JWKS_BYTES),
                properties.jwksRefreshInterval(), Clock.systemUTC());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // Spring Security's validators check the claims (see ServiceSecurityAutoConfiguration)
        });
        return new NimbusJwtDecoder(processor);
    }

    @Override
    public synchronized List<JWK> get(JWKSelector selector, SecurityContext context) throws RemoteKeySourceException {
        Instant now = clock.instant();
        if (keys == null || fetchedAt.plus(KEEP_FOR).isBefore(now)) {
            fetch(now);
        }
        List<JWK> matches = selector.select(keys);
        if (matches.isEmpty() && !fetchedAt.plus(refreshInterval).isAfter(now)) {
            fetch(now);
            matches = selector.select(keys);
        }
        return matches;
    }

    private void fetch(Instant now) throws RemoteKeySourceException {
        fetchedAt = now; // a failed fetch counts too: an unreachable gateway is not asked again at once
        try {
            keys = JWKSet.parse(retriever.retrieveResource(jwksUrl).getContent());
        } catch (IOException | ParseException e) {
            if (keys == null) {
                throw new RemoteKeySourceException("Cannot fetch the gateway's signing keys from " + jwksUrl, e);
            }
            // keep the keys we had: tokens they sign stay valid while the gateway is away
        }
    }
}
