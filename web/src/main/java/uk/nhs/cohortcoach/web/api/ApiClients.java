package uk.nhs.cohortcoach.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.CorrelationIds;
import uk.nhs.cohortcoach.web.WebProperties;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * Builds the client of one service: its base address, the time limits, and on every call the signed-in
 * person's platform token as the bearer and the request's correlation id. Answers become exceptions:
 * 401 {@link NotSignedInException} (sign in again), 403 {@link ApiForbiddenException}, 404
 * {@link ApiNotFoundException}, 400/409/422/429 {@link ApiProblemException} (for the form), anything else
 * {@link ApiFailedException}; a service that does not answer in time or at all
 * {@link ApiUnavailableException}. The error pages turn each into its page.
 */
@Component
public class ApiClients {

    private final RestClient.Builder builder;
    private final JsonMapper json;

    public ApiClients(RestClient.Builder builder, WebProperties properties, JsonMapper json) {
        this.json = json;
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.api().connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.api().readTimeout());
        this.builder = builder.clone().requestFactory(requests);
    }

    /** A client of the service at {@code baseUri}, calling as the request's signed-in person. */
    public RestClient of(URI baseUri) {
        return client(baseUri, true);
    }

    /**
     * A client of the service at {@code baseUri} that never sends anyone's platform token: for the APIs
     * whose credential is something else (the survey link's token), so a signed-in person's token, expired
     * or not, plays no part in the call.
     */
    public RestClient withoutSignIn(URI baseUri) {
        return client(baseUri, false);
    }

    private RestClient client(URI baseUri, boolean asPerson) {
        return builder.clone()
                .baseUrl(baseUri.toString())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .requestInterceptor((request, body, execution) -> {
                    if (asPerson) {
                        SignedInPerson.current().ifPresent(person -> request.getHeaders().setBearerAuth(person.token()));
                    }
                    String correlationId = MDC.get(CorrelationIds.MDC_KEY);
                    if (correlationId != null) {
                        request.getHeaders().set(CorrelationIds.HEADER, correlationId);
                    }
                    try {
                        return execution.execute(request, body);
                    } catch (IOException noAnswer) {
                        throw new ApiUnavailableException(request.getURI().getPath(), noAnswer);
                    }
                })
                .defaultStatusHandler(HttpStatusCode::isError, this::refuse)
                .build();
    }

    private void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String path = request.getURI().getPath();
        switch (status) {
            case 401 -> throw new NotSignedInException();
            case 403 -> throw new ApiForbiddenException(path);
            case 404 -> throw new ApiNotFoundException(path);
            case 400, 409, 422, 429 -> throw new ApiProblemException(json.readValue(response.getBody(), ApiProblem.class));
            default -> throw new ApiFailedException(status, path);
        }
    }
}
