package uk.nhs.cohortcoach.coachingservice.logdraft.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.coachingservice.logdraft.LogDraft;
import uk.nhs.cohortcoach.coachingservice.logdraft.LogDrafts;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** {@code /api/sessions/{id}/log-draft} on its own: only coaches, sizes only, mapped as typed. */
class LogDraftWebTest extends CoachingWebSlice {

    private static final String COACH = Http.bearer("coach-1", Role.COACH);
    private static final String DRAFT = "/api/sessions/s-1/log-draft";

    @Autowired
    private LogDrafts drafts;

    @Test
    void aDraftIsKeptAsTypedHalfTypedDateAndUnansweredPauseIncluded() {
        Instant saved = Instant.parse("2026-12-07T14:32:00Z");
        when(drafts.keep(eq("s-1"), any(), any())).thenAnswer(call -> new LogDraft("s-1", "coach-1", call.getArgument(1), saved,
                saved.plusSeconds(30 * 86_400)));

        HttpResponse<String> response = http.put(DRAFT, COACH, """
                {"equityPauseHeld":"","notes":"Half a thought","attendeeIds":["m-1"],"guests":"A guest",
                 "actions":[{"description":"Follow","dueDay":"3","dueMonth":"","dueYear":""}]}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        ArgumentCaptor<LogDraft.Content> content = ArgumentCaptor.forClass(LogDraft.Content.class);
        verify(drafts).keep(eq("s-1"), content.capture(), any());
        assertThat(content.getValue().notes()).isEqualTo("Half a thought");
        assertThat(content.getValue().actions().get(0).dueDay()).isEqualTo("3");
        assertThat(Http.json(response).get("savedAt").asString()).isEqualTo("2026-12-07T14:32:00Z");
        assertThat(Http.json(response).get("content").get("guests").asString()).isEqualTo("A guest");
    }

    @Test
    void onlyACoachKeepsReadsOrDiscardsADraftDecidedBeforeTheBodyIsRead() {
        for (String token : new String[] {Http.bearer("m-1", Role.PARTICIPANT), Http.bearer("pm-1", Role.PROGRAMME_MANAGER)}) {
            assertThatProblem(http.put(DRAFT, token, "not even json")).hasStatus(403);
            assertThatProblem(http.get(DRAFT, token)).hasStatus(403);
            assertThatProblem(http.delete(DRAFT, token)).hasStatus(403);
        }
        assertThatProblem(http.put(DRAFT, null, "not even json")).hasStatus(401);
        assertThatProblem(http.get(DRAFT, null)).hasStatus(401);
        verifyNoInteractions(drafts);
    }

    @Test
    void aDraftTooLongIsRefusedNamingTheFieldInWords() {
        String notes = "x".repeat(10_001);
        assertThatProblem(http.put(DRAFT, COACH, "{\"notes\":\"" + notes + "\",\"guests\":\"" + "g".repeat(10_001) + "\"}"))
                .hasStatus(400).hasFieldError("notes", "Notes must be 10")
                .hasFieldError("guests", "Other people who took part must be 10");
        assertThatProblem(http.put(DRAFT, COACH, "{\"equityPauseHeld\":\"perhaps\"}")).hasStatus(400)
                .hasFieldError("equityPauseHeld", "Whether an equity pause was held must be yes or no");
        verifyNoInteractions(drafts);
    }

    @Test
    void noDraftIsANotFound() {
        when(drafts.read(eq("s-1"), any())).thenReturn(Optional.empty());

        assertThatProblem(http.get(DRAFT, COACH)).hasStatus(404);
    }
}
