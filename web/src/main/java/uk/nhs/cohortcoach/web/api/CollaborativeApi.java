package uk.nhs.cohortcoach.web.api;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** cohort-service's {@code /api/collaboratives}, called as the signed-in person. */
@Component
public class CollaborativeApi {

    private final RestClient client;

    public CollaborativeApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().cohort());
    }

    /** The collaboratives of a cohort this person may see, by name (up to 200: a cohort has a few dozen). */
    public CollaborativePage ofCohort(String cohortId) {
        return client.get().uri("/api/collaboratives?cohortId={cohortId}&sort=name&size=200", cohortId).retrieve().body(CollaborativePage.class);
    }
}
