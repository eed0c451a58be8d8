package uk.nhs.cohortcoach.web.api;

import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.web.WebProperties;

/** cohort-service's {@code /api/cohorts}, called as the signed-in person (their platform token as the bearer). */
@Component
public class CohortApi {

    private final RestClient client;
    private final JsonMapper json;

    public CohortApi(RestClient.Builder builder, WebProperties properties, JsonMapper json) {
        this.json = json;
        this.client = builder.baseUrl(properties.cohortApi().toString())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .defaultStatusHandler(HttpStatusCode::isError, this::refuse)
                .build();
    }

    /** The cohorts this person may see, newest phase first. */
    public CohortPage list(String token) {
        return client.get().uri("/api/cohorts?sort=-phase&size=100")
                .headers(h -> h.setBearerAuth(token))
                .retrieve().body(CohortPage.class);
    }

    /** Creates a cohort; a refusal with field errors is an {@link ApiProblemException} for the form to show. */
    public Cohort create(String token, NewCohort cohort) {
        return client.post().uri("/api/cohorts")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(cohort)
                .retrieve().body(Cohort.class);
    }

    private void refuse(org.springframework.http.HttpRequest request, ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        if (status.value() == HttpStatus.UNAUTHORIZED.value()) {
            throw new NotSignedInException();
        }
        if (status.value() == 400 || status.value() == 409 || status.value() == 422) {
            throw new ApiProblemException(json.readValue(response.getBody(), ApiProblem.class));
        }
        throw new IllegalStateException("cohort-service answered " + status.value() + " to " + request.getURI().getPath());
    }
}
