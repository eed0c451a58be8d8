package uk.nhs.cohortcoach.web.api;

import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** survey-service's {@code /api/waves} and {@code /api/frameworks}, called as the signed-in person. */
@Component
public class SurveyApi {

    private final RestClient client;

    public SurveyApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().survey());
    }

    /** The waves this person may see, the latest opening first. */
    public WavePage waves() {
        return client.get().uri("/api/waves?size=100&sort=opensAt,desc").retrieve().body(WavePage.class);
    }

    /** The waves of one cohort, the latest opening first. */
    public WavePage waves(String cohortId) {
        return client.get().uri("/api/waves?cohortId={cohortId}&size=100&sort=opensAt,desc", cohortId).retrieve().body(WavePage.class);
    }

    public Wave wave(String id) {
        return client.get().uri("/api/waves/{id}", id).retrieve().body(Wave.class);
    }

    /** Opens (or schedules) a wave; a refusal with field errors is an {@link ApiProblemException}. */
    public Wave create(NewWave wave) {
        return client.post().uri("/api/waves").contentType(MediaType.APPLICATION_JSON).body(wave).retrieve().body(Wave.class);
    }

    /** Closes an open wave now; 409 ({@link ApiProblemException}) when it is not open. */
    public void close(String id) {
        client.post().uri("/api/waves/{id}/close", id).retrieve().toBodilessEntity();
    }

    /** Cancels a scheduled wave; 409 ({@link ApiProblemException}) once it has opened. */
    public void cancel(String id) {
        client.post().uri("/api/waves/{id}/cancel", id).retrieve().toBodilessEntity();
    }

    /** Reminds now everyone invited who has not answered; how many were reminded. */
    public int remind(String id) {
        Reminded reminded = client.post().uri("/api/waves/{id}/reminders", id).retrieve().body(Reminded.class);
        return reminded == null ? 0 : reminded.reminded();
    }

    /** Every version of every framework (without their statements). */
    public List<Framework> frameworks() {
        return client.get().uri("/api/frameworks").retrieve().body(new ParameterizedTypeReference<List<Framework>>() { });
    }

    /** One version with its components and statements. */
    public Framework framework(String frameworkId, int number) {
        return client.get().uri("/api/frameworks/{id}/versions/{n}", frameworkId, number).retrieve().body(Framework.class);
    }

    public Framework createFramework(NewFramework framework) {
        return client.post().uri("/api/frameworks").contentType(MediaType.APPLICATION_JSON).body(framework).retrieve().body(Framework.class);
    }

    public WaveResults results(String waveId) {
        return client.get().uri("/api/waves/{id}/results", waveId).retrieve().body(WaveResults.class);
    }

    /** The trend of the whole cohort ({@code collaborativeId} null) or one collaborative across the cohort's waves. */
    public WaveResults.Trend trend(String waveId, String collaborativeId) {
        return collaborativeId == null || collaborativeId.isBlank()
                ? client.get().uri("/api/waves/{id}/results/trend", waveId).retrieve().body(WaveResults.Trend.class)
                : client.get().uri("/api/waves/{id}/results/trend?collaborativeId={c}", waveId, collaborativeId).retrieve()
                        .body(WaveResults.Trend.class);
    }

    /** Respondents' comments (programme managers only). */
    public WaveResults.Comments comments(String waveId) {
        return client.get().uri("/api/waves/{id}/comments", waveId).retrieve().body(WaveResults.Comments.class);
    }

    record Reminded(String waveId, int reminded) {
    }
}
