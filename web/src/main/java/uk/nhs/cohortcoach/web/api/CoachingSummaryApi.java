package uk.nhs.cohortcoach.web.api;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** coaching-service's {@code GET /api/sessions/summary}, called as the signed-in person. */
@Component
public class CoachingSummaryApi {

    private final RestClient client;

    public CoachingSummaryApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().coaching());
    }

    public CoachingSummary ofCollaborative(String collaborativeId) {
        return client.get().uri("/api/sessions/summary?collaborativeId={id}", collaborativeId).retrieve().body(CoachingSummary.class);
    }

    /** Summed over the cohort's collaboratives (programme managers only). */
    public CoachingSummary ofCohort(String cohortId) {
        return client.get().uri("/api/sessions/summary?cohortId={id}", cohortId).retrieve().body(CoachingSummary.class);
    }
}
