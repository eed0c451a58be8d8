package uk.nhs.cohortcoach.surveyservice.respond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.surveyservice.SurveyWebSlice;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.Invitation;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationStatus;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * The respondent's link on its own: no platform token needed, the survey and draft shown as the respondent sees
 * them, answers handed to the domain as sent (an empty submit sends the saved draft), a closed survey a 410.
 * What is refused for want of answers needs the framework and stays in {@code AnsweringIT}.
 */
class RespondWebTest extends SurveyWebSlice {

    private static final Instant CLOSES = Instant.parse("2026-05-15T09:00:00Z");

    @Autowired
    private Answering answering;


    @Test
    void theLinkAloneShowsTheSurveyTheScaleInWordsAndTheDraft() {
        when(answering.open("t-1")).thenReturn(answerable(Map.of("sp-1", "UNDERWAY"), Map.of("SHARED_PURPOSE_AND_VISION", "Early")));

        HttpResponse<String> response = http.get("/api/respond/t-1", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).at("/wave/label").asString()).isEqualTo("baseline");
        assertThat(Http.json(response).at("/components/0/component").asString()).isEqualTo("SHARED_PURPOSE_AND_VISION");
        assertThat(Http.json(response).at("/components/0/statements/0/required").asBoolean()).isTrue();
        assertThat(Http.json(response).path("stages").findValuesAsString("label")).containsExactly("Not yet started",
                "Just started", "Underway", "Substantial progress", "Fully embedded");
        assertThat(Http.json(response).at("/draft/answers/sp-1").asString()).isEqualTo("UNDERWAY");
        assertThat(Http.json(response).at("/draft/comments/SHARED_PURPOSE_AND_VISION").asString()).isEqualTo("Early");
    }

    @Test
    void aSubmitHandsTheAnswersToTheDomainAndAnEmptyOneTheSavedDraft() {
        Instant at = Instant.parse("2026-05-02T10:00:00Z");
        when(answering.submit("t-1", Map.of("sp-1", "UNDERWAY"), Map.of())).thenReturn(at);
        when(answering.submit("t-2", null, null)).thenReturn(at);

        HttpResponse<String> given = http.post("/api/respond/t-1/submit", null, "{\"answers\":{\"sp-1\":\"UNDERWAY\"}}");
        HttpResponse<String> empty = http.post("/api/respond/t-2/submit", null, null);

        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(Http.json(given).path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(Http.json(given).path("submittedAt").asString()).isEqualTo("2026-05-02T10:00:00Z");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(200);
        verify(answering).submit("t-2", null, null);
    }

    @Test
    void aDraftWithoutAnswersOrCommentsIsSavedAsEmpty() {
        when(answering.saveDraft("t-1", Map.of(), Map.of())).thenReturn(answerable(Map.of(), Map.of()));

        HttpResponse<String> response = http.put("/api/respond/t-1/draft", null, "{}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        verify(answering).saveDraft("t-1", Map.of(), Map.of());
    }

    @Test
    void aClosedSurveyIsGoneWithItsOwnProblemType() {
        when(answering.open("t-1")).thenThrow(new GoneException("This survey has closed."));

        assertThatProblem(http.get("/api/respond/t-1", null)).hasStatus(410).hasType(GoneAdvice.TYPE.toString())
                .hasCorrelationId();
    }

    private static Answering.Answerable answerable(Map<String, String> answers, Map<String, String> comments) {
        Framework framework = new Framework("fw-1:v1", "fw-1", 1, "Improving", List.of(new Framework.Component(
                MaturityComponent.SHARED_PURPOSE_AND_VISION, "Purpose", List.of(new Framework.Statement("sp-1", "We agree", true)),
                true)), true, 0L);
        Wave wave = new Wave("w-1", "c-1", "baseline", "fw-1", 1, CLOSES.minusSeconds(86_400), CLOSES, WaveStatus.OPEN, null, null,
                null, 0L);
        Invitation invitation = new Invitation("i-1", "w-1", "p-1", "col-1", "OTHER", "hash", InvitationStatus.ISSUED, answers,
                comments, null, false, Instant.EPOCH, 0L);
        return new Answering.Answerable(invitation, wave, framework);
    }
}
