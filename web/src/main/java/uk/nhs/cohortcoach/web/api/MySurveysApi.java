package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * survey-service's {@code /api/waves/invitations/mine}, called as the signed-in person: the open waves they are invited
 * to and "Send me my link again". Always the caller's own invitation: there is no person to name.
 */
@Component
public class MySurveysApi {

    /**
     * One open wave the person is invited to.
     *
     * @param progress           {@code NOT_STARTED}, {@code STARTED} or {@code SUBMITTED}
     * @param linkReissuableFrom when the link may be sent again next (null: now, or never once submitted)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MySurvey(String waveId, String label, Instant closesAt, String progress, Instant linkReissuableFrom) {

        public boolean submitted() {
            return "SUBMITTED".equals(progress);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MySurveys(List<MySurvey> surveys) {
    }

    private final RestClient client;

    public MySurveysApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().survey());
    }

    public List<MySurvey> mine() {
        MySurveys mine = client.get().uri("/api/waves/invitations/mine").retrieve().body(MySurveys.class);
        return mine == null || mine.surveys() == null ? List.of() : List.copyOf(mine.surveys());
    }

    /** Sends the person's link to the wave again; 409 (not open, submitted) and 429 (too soon) are {@link ApiProblemException}s. */
    public MySurvey reissueLink(String waveId) {
        return client.post().uri("/api/waves/invitations/mine/{waveId}/reissue", waveId).retrieve().body(MySurvey.class);
    }
}
