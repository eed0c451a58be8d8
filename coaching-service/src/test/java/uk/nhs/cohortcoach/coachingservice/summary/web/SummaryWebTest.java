package uk.nhs.cohortcoach.coachingservice.summary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.coachingservice.summary.Attention;
import uk.nhs.cohortcoach.coachingservice.summary.CoachingSummary;
import uk.nhs.cohortcoach.coachingservice.summary.CohortFigures;
import uk.nhs.cohortcoach.coachingservice.summary.SummaryRow;
import uk.nhs.cohortcoach.coachingservice.summary.Summaries;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** {@code /api/sessions/summary} on its own: exactly one of a collaborative or a cohort, and the summary as the domain gives it. */
class SummaryWebTest extends CoachingWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @Autowired
    private Summaries summaries;


    @Test
    void aCollaborativesSummaryIsTheDomainsFigures() {
        when(summaries.ofCollaborative(eq("collab-1"), any())).thenReturn(new CoachingSummary(4, 2, 1, 1, new BigDecimal("3.0"), 6, 5,
                6, new BigDecimal("0.83"), Map.of(MaturityComponent.EMBEDDING_EQUITY, 2), 1, 3, 1));

        HttpResponse<String> response = http.get("/api/sessions/summary?collaborativeId=collab-1", MANAGER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("sessionsPlanned").asInt()).isEqualTo(4);
        assertThat(Http.json(response).path("attendanceRate").decimalValue()).isEqualByComparingTo("0.83");
        assertThat(Http.json(response).path("themesCovered").path("EMBEDDING_EQUITY").asInt()).isEqualTo(2);
    }

    @Test
    void exactlyOneOfACollaborativeOrACohortIsAsked() {
        assertThatProblem(http.get("/api/sessions/summary", MANAGER)).hasStatus(400).hasFieldErrorsOnly("collaborativeId");
        assertThatProblem(http.get("/api/sessions/summary?cohortId=c-1&collaborativeId=collab-1", MANAGER)).hasStatus(400)
                .hasFieldErrorsOnly("cohortId");
        assertThatProblem(http.get("/api/sessions/summary?cohortId=c-1", null)).hasStatus(401);
        verifyNoInteractions(summaries);
    }

    @Test
    void aCohortsFiguresByCollaborativeNeedTheCohortAndAreRefusedToParticipantsFirst() {
        assertThatProblem(http.get("/api/sessions/summary/collaboratives", MANAGER)).hasStatus(400).hasFieldErrorsOnly("cohortId");
        assertThatProblem(http.get("/api/sessions/summary/collaboratives", Http.bearer("p-1", Role.PARTICIPANT))).hasStatus(403);
        assertThatProblem(http.get("/api/sessions/summary/collaboratives?cohortId=c-1", null)).hasStatus(401);
        verifyNoInteractions(summaries);
    }

    @Test
    void aCohortsFiguresByCollaborativeAreTheDomainsWithTheirAttentionItems() {
        CoachingSummary figures = new CoachingSummary(4, 2, 1, 1, new BigDecimal("3.0"), 6, 5, 6, new BigDecimal("0.83"),
                Map.of(MaturityComponent.EMBEDDING_EQUITY, 2), 1, 3, 1);
        when(summaries.byCollaborative(eq("c-1"), any())).thenReturn(new CohortFigures("c-1", java.time.LocalDate.parse("2026-04-01"),
                java.time.LocalDate.parse("2027-03-31"), java.time.LocalDate.parse("2026-12-07"), null,
                java.util.List.of(new SummaryRow("collab-1", "Essex", figures, new BigDecimal("3.68"), 0, java.util.List.of(),
                        java.util.List.of(new Attention(Attention.Reason.ACTIONS_OVERDUE, "1 action is overdue", null))))));

        HttpResponse<String> response = http.get("/api/sessions/summary/collaboratives?cohortId=c-1", Http.bearer("coach-1", Role.COACH));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode row = Http.json(response).path("collaboratives").path(0);
        assertThat(row.path("hoursExpectedByNow").decimalValue()).isEqualByComparingTo("3.68");
        assertThat(row.path("figures").path("sessionsPlanned").asInt()).isEqualTo(4);
        assertThat(row.path("attention").path(0).path("reason").asText()).isEqualTo("ACTIONS_OVERDUE");
        assertThat(row.path("attention").path(0).path("words").asText()).isEqualTo("1 action is overdue");
    }
}
