package uk.nhs.cohortcoach.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * Platform tokens for tests, shaped exactly as the gateway issues them (RS256, {@code kid}, the same
 * claims) and signed with one RSA key per test JVM. {@link SharedInfrastructure#jwksUri()} publishes
 * that key over HTTP, and {@link SharedInfrastructureInitializer} points services at it, so tests go
 * through the services' real JWKS fetch. Also mints the tokens a service must refuse.
 */
public final class TestTokens {

    /** The issuer test services are configured to trust. */
    public static final String ISSUER = "cohort-coach-test";

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String KEY_ID = "test-key-" + UUID.randomUUID();
    private static final RSAKey KEY = generate(KEY_ID);
    /** Same kid as the trusted key, so only the signature check can tell them apart. */
    private static final RSAKey FOREIGN_KEY = generate(KEY_ID);
    private static final RSAKey STRANGER_KEY = generate("stranger");

    private TestTokens() {
    }

    /** A valid token for the person with these roles. */
    public static String forRoles(String personId, Role... roles) {
        Instant now = Instant.now();
        return sign(KEY, claims(ISSUER, personId, now, now.plus(LIFETIME), roles));
    }

    /** A token signed by the trusted key whose expiry passed ten minutes ago. */
    public static String expired(String personId, Role... roles) {
        Instant issued = Instant.now().minus(LIFETIME).minus(Duration.ofMinutes(10));
        return sign(KEY, claims(ISSUER, personId, issued, issued.plus(LIFETIME), roles));
    }

    /** A token in every way valid except that a key the services do not trust signed it (with the trusted kid). */
    public static String signedByForeignKey(String personId, Role... roles) {
        Instant now = Instant.now();
        return sign(FOREIGN_KEY, claims(ISSUER, personId, now, now.plus(LIFETIME), roles));
    }

    /**
     * A token signed by a key with a key id nobody published (a new random one each call), as an
     * attacker would send to make a service fetch the keys again and again.
     */
    public static String withUnknownKeyId(String personId, Role... roles) {
        Instant now = Instant.now();
        return sign(STRANGER_KEY, "unknown-" + UUID.randomUUID(), claims(ISSUER, personId, now, now.plus(LIFETIME), roles));
    }

    /** A token signed by the trusted key but issued by someone else. */
    public static String withIssuer(String issuer, String personId, Role... roles) {
        Instant now = Instant.now();
        return sign(KEY, claims(issuer, personId, now, now.plus(LIFETIME), roles));
    }

    /** An unsigned ({@code alg: none}) token with otherwise valid claims. */
    public static String unsigned(String personId, Role... roles) {
        Instant now = Instant.now();
        return new PlainJWT(claims(ISSUER, personId, now, now.plus(LIFETIME), roles)).serialize();
    }

    /** The public half of the trusted key, as a JWKS document. */
    static String jwks() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    private static JWTClaimsSet claims(String issuer, String personId, Instant issuedAt, Instant expiresAt, Role... roles) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(personId)
                .claim(Role.CLAIM, Arrays.stream(roles).map(Role::name).toList())
                .claim("name", "Test person " + personId)
                .claim("preferred_username", "test-" + personId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, key.getKeyID(), claims);
    }

    private static String sign(RSAKey key, String keyId, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keyId).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a test signing key", e);
        }
    }
}
