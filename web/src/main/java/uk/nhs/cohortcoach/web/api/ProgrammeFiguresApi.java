package uk.nhs.cohortcoach.web.api;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * The two summaries the dashboards are drawn from, one request each per cohort whatever its number of collaboratives:
 * coaching-service's {@code GET /api/sessions/summary/collaboratives} and survey-service's {@code GET /api/waves/summary},
 * called as the signed-in person (so a coach gets only the collaboratives they coach).
 */
@Component
public class ProgrammeFiguresApi {

    private final RestClient coaching;
    private final RestClient survey;

    public ProgrammeFiguresApi(ApiClients clients, WebProperties properties) {
        this.coaching = clients.of(properties.api().coaching());
        this.survey = clients.of(properties.api().survey());
    }

    public CoachingFigures coaching(String cohortId) {
        return coaching.get().uri("/api/sessions/summary/collaboratives?cohortId={id}", cohortId).retrieve().body(CoachingFigures.class);
    }

    public SurveySummary survey(String cohortId) {
        return survey.get().uri("/api/waves/summary?cohortId={id}", cohortId).retrieve().body(SurveySummary.class);
    }
}
