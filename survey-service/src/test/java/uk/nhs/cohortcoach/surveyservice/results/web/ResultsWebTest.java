package uk.nhs.cohortcoach.surveyservice.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.surveyservice.SurveyWebSlice;
import uk.nhs.cohortcoach.surveyservice.results.Results;
import uk.nhs.cohortcoach.surveyservice.results.WaveComments;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults;

/**
 * A wave's results on their own: each is asked for as the token's holder (who sees what is the domain's rule,
 * tested with data in {@code ResultsApiIT}), the CSVs are named attachments, and nobody reads without a token.
 */
class ResultsWebTest extends SurveyWebSlice {

    private static final String COACH = Http.bearer("coach-1", Role.COACH);

    @Autowired
    private Results results;


    @Test
    void resultsAreAskedForAsTheTokensHolderAndAnsweredAsJson() {
        when(results.forWave("w-1", new Viewer("coach-1", Set.of(Role.COACH))))
                .thenReturn(new WaveResults("w-1", "c-1", "baseline", "fw-1", 1, null, List.of(), List.of()));

        HttpResponse<String> response = http.get("/api/waves/w-1/results", COACH);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("label").asString()).isEqualTo("baseline");
    }

    @Test
    void theTrendIsOfTheNamedCollaborativeOrWithoutOneTheCohort() {
        http.get("/api/waves/w-1/results/trend?collaborativeId=col-1", COACH);
        http.get("/api/waves/w-1/results/trend", COACH);

        verify(results).trend(eq("w-1"), eq("col-1"), eq(new Viewer("coach-1", Set.of(Role.COACH))));
        verify(results).trend(eq("w-1"), eq(null), eq(new Viewer("coach-1", Set.of(Role.COACH))));
    }

    @Test
    void theCsvExportsAreUtf8AttachmentsNamedAfterTheWave() {
        when(results.forWave(eq("w-1"), eq(new Viewer("coach-1", Set.of(Role.COACH)))))
                .thenReturn(new WaveResults("w-1", "c-1", "baseline", "fw-1", 1, null, List.of(), List.of()));
        when(results.comments(eq("w-1"), eq(new Viewer("coach-1", Set.of(Role.COACH)))))
                .thenReturn(new WaveComments("w-1", List.of()));

        HttpResponse<String> csv = http.request("GET", "/api/waves/w-1/results.csv").authorization(COACH)
                .header("Accept", "text/csv, application/problem+json").send();
        HttpResponse<String> comments = http.request("GET", "/api/waves/w-1/comments.csv").authorization(COACH)
                .header("Accept", "text/csv, application/problem+json").send();

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"wave-w-1-results.csv\"");
        assertThat(comments.statusCode()).as(comments.body()).isEqualTo(200);
        assertThat(comments.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"wave-w-1-comments.csv\"");
    }

    @Test
    void nobodyReadsResultsWithoutAToken() {
        for (String path : new String[] {"/api/waves/w-1/results", "/api/waves/w-1/results/trend", "/api/waves/w-1/comments",
                "/api/waves/w-1/results.csv", "/api/waves/w-1/comments.csv"}) {
            assertThatProblem(http.get(path, null)).as(path).hasStatus(401);
        }
        verifyNoInteractions(results);
    }
}
