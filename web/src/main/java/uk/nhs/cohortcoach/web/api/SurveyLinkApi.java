package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * survey-service's {@code /api/respond/{token}}: the survey behind an emailed link. The link's token is
 * the only credential, so these calls never carry anyone's platform token ({@link ApiClients#withoutSignIn}).
 * A link that cannot be used (unknown, not open yet, already answered, closed) is a
 * {@link SurveyLinkRefusedException}; answers refused field by field are an {@link ApiProblemException}.
 */
@Component
public class SurveyLinkApi {

    /** What a submit answers. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(String status, Instant submittedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reasoned(String reason) {
    }

    record Answers(Map<String, String> answers, Map<String, String> comments) {
    }

    private final RestClient client;
    private final JsonMapper json;

    public SurveyLinkApi(ApiClients clients, WebProperties properties, JsonMapper json) {
        this.client = clients.withoutSignIn(properties.api().survey());
        this.json = json;
    }

    /** The survey and the saved draft. */
    public SurveyLink open(String token) {
        return client.get().uri("/api/respond/{token}", token).retrieve()
                .onStatus(status -> isRefusal(status.value()), this::refuse)
                .body(SurveyLink.class);
    }

    /** Replaces the saved draft (unanswered statements allowed); answers the survey with it. */
    public SurveyLink saveDraft(String token, Map<String, String> answers, Map<String, String> comments) {
        return client.put().uri("/api/respond/{token}/draft", token).contentType(MediaType.APPLICATION_JSON)
                .body(new Answers(answers, comments)).retrieve()
                .onStatus(status -> isRefusal(status.value()), this::refuse)
                .body(SurveyLink.class);
    }

    /** Submits the saved draft; a required statement left unanswered is an {@link ApiProblemException}. */
    public Submitted submit(String token) {
        return client.post().uri("/api/respond/{token}/submit", token).retrieve()
                .onStatus(status -> isRefusal(status.value()), this::refuse)
                .body(Submitted.class);
    }

    private static boolean isRefusal(int status) {
        return status == 404 || status == 409 || status == 410;
    }

    private void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 404) {
            throw new SurveyLinkRefusedException(SurveyLinkRefusedException.Reason.UNKNOWN);
        }
        if (status == 410) {
            throw new SurveyLinkRefusedException(SurveyLinkRefusedException.Reason.CLOSED);
        }
        String reason = null;
        try {
            reason = json.readValue(response.getBody(), Reasoned.class).reason();
        } catch (RuntimeException unreadable) {
            // a 409 without a readable reason is taken as "already answered", as the old page did
        }
        throw new SurveyLinkRefusedException("not-open".equals(reason)
                ? SurveyLinkRefusedException.Reason.NOT_OPEN : SurveyLinkRefusedException.Reason.ALREADY_ANSWERED);
    }
}
