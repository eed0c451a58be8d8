package uk.nhs.cohortcoach.gateway.token;

import java.time.Instant;
import java.util.List;

/**
 * A signed platform token, as returned by {@code POST /auth/login}.
 *
 * @param token     the compact JWT
 * @param expiresAt when it stops being accepted
 * @param roles     the roles it carries
 */
public record IssuedToken(String token, Instant expiresAt, List<String> roles) {
}
