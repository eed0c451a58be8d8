package uk.nhs.cohortcoach.gateway.token;

import java.time.Instant;
import java.util.List;

/**
 * A signed platform token, as returned by {@code POST /auth/login}.
 *
 * @param token         the compact JWT
 * @param expiresAt     when it stops being accepted (unless renewed before)
 * @param roles         the roles it carries
 * @param sessionEndsAt when the session it belongs to ends however active it is ({@code auth_time} plus the
 *                      maximum session length): no renewal goes beyond it, and the session cookie lasts until then
 */
public record IssuedToken(String token, Instant expiresAt, List<String> roles, Instant sessionEndsAt) {
}
