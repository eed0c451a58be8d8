package uk.nhs.cohortcoach.web.api;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** cohort-service's collaboratives and their teams, called as the signed-in person. */
@Component
public class CollaborativeApi {

    private final RestClient client;

    public CollaborativeApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().cohort());
    }

    /** The collaboratives of a cohort, by name (the API's largest page: 100). */
    public CollaborativePage ofCohort(String cohortId) {
        return client.get().uri("/api/collaboratives?cohortId={cohortId}&size=100&sort=name", cohortId)
                .retrieve().body(CollaborativePage.class);
    }

    public Collaborative get(String id) {
        return client.get().uri("/api/collaboratives/{id}", id).retrieve().body(Collaborative.class);
    }

    /** Enrols a collaborative in a cohort; a refusal with field errors is an {@link ApiProblemException}. */
    public Collaborative enrol(String cohortId, CollaborativeDetails details) {
        return client.post().uri("/api/cohorts/{cohortId}/collaboratives", cohortId).contentType(MediaType.APPLICATION_JSON)
                .body(details).retrieve().body(Collaborative.class);
    }

    /** Changes a collaborative ({@code details.version} the one read; a stale one is a 409 {@link ApiProblemException}). */
    public Collaborative change(String id, CollaborativeDetails details) {
        return client.put().uri("/api/collaboratives/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(details).retrieve().body(Collaborative.class);
    }

    /** Whether it may be deleted now, and what depends on it. */
    public Dependents dependents(String id) {
        return client.get().uri("/api/collaboratives/{id}/dependents", id).retrieve().body(Dependents.class);
    }

    /** Deletes one enrolled by mistake; 409 ({@link ApiProblemException}) while anything depends on it. */
    public void delete(String id) {
        client.delete().uri("/api/collaboratives/{id}", id).retrieve().toBodilessEntity();
    }

    /** The current team. */
    public Team team(String id) {
        return client.get().uri("/api/collaboratives/{id}/participants", id).retrieve().body(Team.class);
    }

    /** Someone joins the team; already in it or archived is a 409 {@link ApiProblemException}. */
    public void join(String id, Joining joining) {
        client.post().uri("/api/collaboratives/{id}/participants", id).contentType(MediaType.APPLICATION_JSON)
                .body(joining).retrieve().toBodilessEntity();
    }

    /** Someone leaves the team today (the spell stays in its history). */
    public void leave(String id, String personId) {
        client.post().uri("/api/collaboratives/{id}/participants/{personId}/leave", id, personId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of()).retrieve().toBodilessEntity();
    }

    /** Imports the team from CSV text; the answer says what happened to each row. */
    public ImportReport importTeam(String id, String csv) {
        return client.post().uri("/api/collaboratives/{id}/participants/import", id)
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv).retrieve().body(ImportReport.class);
    }
}
