package uk.nhs.cohortcoach.gateway.token;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The platform token the gateway issues and the session cookie that carries it.
 *
 * @param issuer     the token's {@code iss}; every service must be configured with the same value
 * @param ttl        how long a token lasts: the idle limit, since a token with less than half of it left is renewed
 *                   on the next request (see {@link SlidingSession})
 * @param sessionMax the longest a session lasts from the first sign-in (the token's {@code auth_time}), however
 *                   active: the session cookie's lifetime, and the latest expiry a renewed token gets
 * @param signingKey where the signing key comes from
 * @param cookie     the browser session cookie
 */
@Validated
@ConfigurationProperties("cohort-coach.auth.token")
record TokenProperties(
        @NotBlank @DefaultValue("cohort-coach") String issuer,
        @NotNull @DefaultValue("PT15M") Duration ttl,
        @NotNull @DefaultValue("PT10H") Duration sessionMax,
        @NotNull @Valid @DefaultValue SigningKey signingKey,
        @NotNull @Valid @DefaultValue Cookie cookie) {

    TokenProperties {
        if (ttl != null && sessionMax != null && sessionMax.compareTo(ttl) < 0) {
            throw new IllegalArgumentException("cohort-coach.auth.token.session-max (" + sessionMax
                    + ") must not be shorter than the token's ttl (" + ttl + ")");
        }
    }

    /**
     * A PKCS12 key store holding the RSA signing key; when {@code keyStore} is blank the gateway
     * generates a key (fine locally, refused under the {@code prod} profile): kept in {@code keyFile}
     * when one is named, so that a restart signs with the same key, otherwise for this run only.
     *
     * @param keyStore         path of the PKCS12 file
     * @param keyStorePassword its password
     * @param alias            the key's alias in it
     * @param keyPassword      the key's password, if different from the store's
     * @param keyFile          without a key store, outside {@code prod}: where the generated key is kept (a JWK,
     *                         owner-only) and found again at the next start; blank: a new key at every start
     */
    record SigningKey(String keyStore, String keyStorePassword, String alias, String keyPassword, String keyFile) {

        boolean configured() {
            return keyStore != null && !keyStore.isBlank();
        }

        boolean keptInFile() {
            return keyFile != null && !keyFile.isBlank();
        }
    }

    /**
     * @param name   cookie name
     * @param secure send only over HTTPS (on in production, off for http://localhost)
     */
    record Cookie(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]+") @DefaultValue("cohort_coach_session") String name,
            @DefaultValue("false") boolean secure) {
    }
}
