package uk.nhs.cohortcoach.web.api;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** cohort-service's {@code /api/cohorts}, called as the signed-in person. */
@Component
public class CohortApi {

    private final RestClient client;

    public CohortApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().cohort());
    }

    /** The cohorts this person may see, newest phase first. */
    public CohortPage list() {
        return client.get().uri("/api/cohorts?sort=phase,desc&size=100").retrieve().body(CohortPage.class);
    }

    public Cohort get(String id) {
        return client.get().uri("/api/cohorts/{id}", id).retrieve().body(Cohort.class);
    }

    /** Creates a cohort; a refusal with field errors is an {@link ApiProblemException} for the form to show. */
    public Cohort create(NewCohort cohort) {
        return client.post().uri("/api/cohorts").contentType(MediaType.APPLICATION_JSON).body(cohort)
                .retrieve().body(Cohort.class);
    }

    /** Whether the cohort may be deleted now, and what depends on it. */
    public Dependents dependents(String id) {
        return client.get().uri("/api/cohorts/{id}/dependents", id).retrieve().body(Dependents.class);
    }

    /** Deletes a cohort created by mistake; 409 ({@link ApiProblemException}) while something depends on it. */
    public void delete(String id) {
        client.delete().uri("/api/cohorts/{id}", id).retrieve().toBodilessEntity();
    }
}
