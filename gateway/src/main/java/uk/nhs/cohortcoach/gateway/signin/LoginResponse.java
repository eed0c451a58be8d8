package uk.nhs.cohortcoach.gateway.signin;

import java.time.Instant;
import java.util.List;

/** Answer of a successful {@code POST /auth/login}: the bearer token for API clients, when it expires, the roles. */
record LoginResponse(String token, Instant expiresAt, List<String> roles) {
}
