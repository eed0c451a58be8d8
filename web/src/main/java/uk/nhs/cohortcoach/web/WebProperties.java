package uk.nhs.cohortcoach.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the web module finds the rest of the platform, and how it checks who is signed in.
 *
 * @param publicUrl where people reach the platform ({@code PUBLIC_URL}: the gateway's public address), for the
 *                  addresses a page gives out to be used elsewhere (a calendar feed); never taken from a request's
 *                  {@code Host} or forwarded headers, which a client chooses
 * @param gateway the gateway, for {@code GET /auth/options} and {@code POST /auth/login} (server to server)
 * @param api     the services' base addresses, called directly with the person's platform token
 * @param auth    the platform token (relayed by the gateway as the bearer) and the gateway's session cookie
 */
@ConfigurationProperties("web")
public record WebProperties(URI publicUrl, URI gateway, Apis api, Auth auth) {

    /** The services and the limits on every call to them. */
    public record Apis(URI cohort, URI coaching, URI survey, URI notification, URI hub, Duration connectTimeout,
            Duration readTimeout) {
    }

    /**
     * @param issuer      the {@code iss} every token must carry ({@code AUTH_ISSUER})
     * @param jwksUri     the gateway's signing keys ({@code AUTH_JWKS_URI}), fetched on the first token
     * @param clockSkew   how far web's clock may disagree with the gateway's about expiry
     * @param cookieName  the gateway's session cookie ({@code AUTH_COOKIE_NAME}), cleared on sign-out
     * @param cookieSecure whether cookies web sets are {@code Secure} ({@code AUTH_COOKIE_SECURE})
     */
    public record Auth(String issuer, URI jwksUri, Duration clockSkew, String cookieName, boolean cookieSecure) {
    }
}
