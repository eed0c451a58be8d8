package uk.nhs.cohortcoach.coachingservice.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.coachingservice.insight.CohortInsights;
import uk.nhs.cohortcoach.coachingservice.insight.Insights;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** {@code GET /api/sessions/cohorts/{cohortId}/insights} on its own: managers only, decided first; dates as dates; the domain's answer. */
class InsightsWebTest extends CoachingWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @Autowired
    private Insights insights;

    @Test
    void theInsightsAreTheDomainsForThePeriodAsked() {
        when(insights.of(eq("c-1"), eq(LocalDate.parse("2026-09-01")), eq(LocalDate.parse("2026-11-30")), any()))
                .thenReturn(new CohortInsights(3, 2, List.of(new CohortInsights.ComponentCount(MaturityComponent.EMBEDDING_EQUITY, 2)),
                        new CohortInsights.EquityPauses(2, 1), List.of("Who is not here")));

        HttpResponse<String> response = http.get("/api/sessions/cohorts/c-1/insights?from=2026-09-01&to=2026-11-30", MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Http.json(response);
        assertThat(body.path("sessionsLogged").asInt()).isEqualTo(3);
        assertThat(body.path("collaboratives").asInt()).isEqualTo(2);
        assertThat(body.path("byComponent").path(0).path("component").asText()).isEqualTo("EMBEDDING_EQUITY");
        assertThat(body.path("byComponent").path(0).path("sessions").asInt()).isEqualTo(2);
        assertThat(body.path("equityPauses").path("held").asInt()).isEqualTo(2);
        assertThat(body.path("equityPauses").path("notHeld").asInt()).isEqualTo(1);
        assertThat(body.path("surfaced").path(0).asText()).isEqualTo("Who is not here");
    }

    @Test
    void aCoachAndAParticipantAreRefusedBeforeTheDatesAreRead() {
        for (Role role : List.of(Role.COACH, Role.PARTICIPANT)) {
            assertThatProblem(http.get("/api/sessions/cohorts/c-1/insights?from=2026-09-01", Http.bearer("someone", role))).hasStatus(403);
            assertThatProblem(http.get("/api/sessions/cohorts/c-1/insights?from=not-a-date&to=99999-01-01", Http.bearer("someone", role)))
                    .hasStatus(403);
        }
        assertThatProblem(http.get("/api/sessions/cohorts/c-1/insights", null)).hasStatus(401);
        verifyNoInteractions(insights);
    }

    @Test
    void datesThatAreNotDatesOrOutOfRangeAreRefusedNamingTheParameter() {
        assertThatProblem(http.get("/api/sessions/cohorts/c-1/insights?from=1%20September", MANAGER)).hasStatus(400).hasFieldErrorsOnly("from");
        assertThatProblem(http.get("/api/sessions/cohorts/c-1/insights?to=2026-02-30", MANAGER)).hasStatus(400).hasFieldErrorsOnly("to");
        assertThatProblem(http.get("/api/sessions/cohorts/c-1/insights?to=2101-01-01", MANAGER)).hasStatus(400).hasFieldErrorsOnly("to");
        verifyNoInteractions(insights);
    }
}
