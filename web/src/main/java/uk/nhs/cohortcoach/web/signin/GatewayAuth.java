package uk.nhs.cohortcoach.web.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.web.WebProperties;
import uk.nhs.cohortcoach.web.api.ApiFailedException;
import uk.nhs.cohortcoach.web.api.ApiUnavailableException;

/**
 * The gateway's sign-in endpoints, server to server: {@code GET /auth/options} (how people sign in here)
 * and {@code POST /auth/login} (the one place that checks passwords, throttles failures and issues the
 * session cookie). The client's address goes along as {@code X-Forwarded-For} so the gateway's throttle
 * counts the person's address, not web's.
 */
@Component
class GatewayAuth {

    static final String PASSWORD_SIGN_IN_OFF = "https://cohort-coach.nhs.uk/problems/password-sign-in-off";

    /** What {@code POST /auth/login} answered. */
    sealed interface Outcome {
    }

    /** Signed in: the {@code Set-Cookie} headers to relay to the browser. */
    record SignedIn(List<String> cookies) implements Outcome {
    }

    record WrongCredentials() implements Outcome {
    }

    /** Too many failures; {@code retryAfter} null when the gateway did not say. */
    record Throttled(Duration retryAfter) implements Outcome {
    }

    record PasswordSignInOff() implements Outcome {
    }

    private final RestClient client;
    private final JsonMapper json;

    GatewayAuth(RestClient.Builder builder, WebProperties properties, JsonMapper json) {
        this.client = builder.clone().baseUrl(properties.gateway().toString()).build();
        this.json = json;
    }

    SignInOptions options() {
        try {
            return client.get().uri("/auth/options").accept(MediaType.APPLICATION_JSON).retrieve().body(SignInOptions.class);
        } catch (ResourceAccessException noAnswer) {
            throw new ApiUnavailableException("/auth/options", noAnswer);
        }
    }

    Outcome login(String username, String password, String forwardedFor) {
        try {
            return attempt(username, password, forwardedFor);
        } catch (ResourceAccessException noAnswer) {
            throw new ApiUnavailableException("/auth/login", noAnswer);
        }
    }

    private Outcome attempt(String username, String password, String forwardedFor) {
        return client.post().uri("/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .header("X-Forwarded-For", forwardedFor)
                .body(Map.of("username", username, "password", password))
                .exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status == 200) {
                        return new SignedIn(response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
                    }
                    if (status == 429) {
                        return new Throttled(seconds(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
                    }
                    if (status == 401) {
                        return PASSWORD_SIGN_IN_OFF.equals(problemType(response.getBody().readAllBytes()))
                                ? new PasswordSignInOff() : new WrongCredentials();
                    }
                    throw new ApiFailedException(status, "/auth/login");
                });
    }

    private static Duration seconds(String retryAfter) {
        try {
            return retryAfter == null ? null : Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    private String problemType(byte[] body) {
        try {
            return body.length == 0 ? null : json.readValue(body, Problem.class).type();
        } catch (tools.jackson.core.JacksonException notAProblem) {
            return null;
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String type) {
    }
}
