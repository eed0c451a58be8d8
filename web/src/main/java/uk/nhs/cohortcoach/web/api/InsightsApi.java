package uk.nhs.cohortcoach.web.api;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** coaching-service's {@code GET /api/sessions/cohorts/{cohortId}/insights} (programme managers). */
@Component
public class InsightsApi {

    private final RestClient client;

    public InsightsApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().coaching());
    }

    /** The cohort's insights from {@code from} to {@code to} (London days, both included; null: open). */
    public CohortInsights of(String cohortId, LocalDate from, LocalDate to) {
        return client.get().uri(uri -> {
            var builder = uri.path("/api/sessions/cohorts/{cohortId}/insights");
            if (from != null) {
                builder.queryParam("from", from);
            }
            if (to != null) {
                builder.queryParam("to", to);
            }
            return builder.build(cohortId);
        }).retrieve().body(CohortInsights.class);
    }
}
