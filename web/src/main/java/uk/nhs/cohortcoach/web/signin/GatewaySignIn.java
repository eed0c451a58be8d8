package uk.nhs.cohortcoach.web.signin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import uk.nhs.cohortcoach.web.WebProperties;

/** The gateway's {@code POST /auth/login}: the one place that checks passwords and issues platform tokens. */
@Component
class GatewaySignIn {

    private final RestClient client;

    GatewaySignIn(RestClient.Builder builder, WebProperties properties) {
        this.client = builder.baseUrl(properties.gateway().toString()).build();
    }

    /** The person with their token, or empty when the username or password is not right. */
    Optional<SignedInPerson> signIn(String username, String password) {
        try {
            LoginResponse answer = client.post().uri("/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", username, "password", password))
                    .retrieve().body(LoginResponse.class);
            return Optional.of(new SignedInPerson(username, answer.token(), answer.expiresAt(), answer.roles()));
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
                return Optional.empty();
            }
            if (refused.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
                throw new TooManyAttemptsException();
            }
            throw refused; // TODO: "password sign-in is off" (a 401 problem of its own type) shown as such
        }
    }

    /** The gateway's throttle refused the attempt (429): too many failures for the account or the address. */
    static class TooManyAttemptsException extends RuntimeException {
        TooManyAttemptsException() {
            super("too many failed sign-in attempts");
        }
    }

    /** The gateway's answer (its LoginResponse). */
    record LoginResponse(String token, Instant expiresAt, List<String> roles) {
    }
}
