package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.bearer;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.json;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.problem;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.session;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;
import uk.nhs.cohortcoach.web.page.Dates;

/**
 * The session log on its own page, the equity pause first, and its draft: loaded when there is one, kept with "Save
 * as draft" (no JavaScript) and by the background autosave ({@code POST /sessions/{id}/log/draft}, JSON for the live
 * region), which after the sign-in expired says so instead of keeping a form or redirecting.
 */
@PageTest
class LogDraftPageTest {

    private static final String DRAFT_API = "/api/sessions/s1/log-draft";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        mongo.dropCollection("kept_forms");
        CoachingStubs.stubDirectory();
        CoachingStubs.stubSession(session("s1", "Kick-off <session>", "coach-1", -2, "SCHEDULED", false), "s1");
    }

    @Test
    void theEquityPauseIsTheFirstQuestionThenAttendanceNotesThemesAndActionsWithABackLinkToTheSession() throws Exception {
        String html = mvc.perform(get("/sessions/s1/log").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        int back = html.indexOf("<a class=\"govuk-back-link\" href=\"/sessions/s1\">Back to the session</a>");
        int pause = html.indexOf("id=\"equityPause-held\" name=\"equityPause.held\"");
        int attendees = html.indexOf("id=\"attendeeIds\" name=\"attendeeIds\"");
        int guests = html.indexOf("id=\"guests\" name=\"guests\"");
        int notes = html.indexOf("id=\"notes\" name=\"notes\"");
        int themes = html.indexOf("value=\"EMBEDDING_EQUITY\"");
        int actions = html.indexOf("id=\"actions-0-description\"");
        int save = html.indexOf(">Save session log</button>");
        int draft = html.indexOf("name=\"draft\" value=\"save\">Save as draft</button>");
        assertThat(back).isPositive().isLessThan(pause);
        assertThat(pause).isLessThan(attendees);
        assertThat(attendees).isLessThan(guests);
        assertThat(guests).isLessThan(notes);
        assertThat(notes).isLessThan(themes);
        assertThat(themes).isLessThan(actions);
        assertThat(actions).isLessThan(save);
        assertThat(save).as("Enter in a field saves the log, the form's first button").isLessThan(draft);
        assertThat(html).containsPattern("Log locks in 1[34] days\\.")
                .contains("<p class=\"govuk-body govuk-!-font-weight-bold\" id=\"log-draft-status\" role=\"status\" aria-live=\"polite\"></p>")
                .doesNotContain("checked");
    }

    @Test
    void aDraftFillsTheFormAsItWasTypedAndSaysWhenItWasSaved() throws Exception {
        Instant saved = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        API.stubFor(WireMock.get(urlEqualTo(DRAFT_API)).willReturn(json("""
                {"sessionId":"s1","savedAt":"%s","expiresAt":"%s","content":{"equityPauseHeld":"yes",
                 "equityPauseSurfaced":"Night <staff>","attendeeIds":["p2"],"guests":"Dr Who","notes":"Half a <thought>",
                 "themes":["EMBEDDING_EQUITY"],"actions":[{"description":"Call","ownerId":"p1","ownerName":"","dueDay":"3",
                 "dueMonth":"","dueYear":""}]}}""".formatted(saved, saved.plus(30, ChronoUnit.DAYS)))));

        String html = mvc.perform(get("/sessions/s1/log").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("role=\"status\" aria-live=\"polite\">Draft saved at " + Dates.time(saved) + "</p>")
                .contains("id=\"equityPause-held\" name=\"equityPause.held\" type=\"radio\" value=\"yes\" checked")
                .contains("Night &lt;staff&gt;</textarea>")
                .contains("id=\"attendeeIds-2\" name=\"attendeeIds\" type=\"checkbox\" value=\"p2\" checked")
                .contains("Half a &lt;thought&gt;</textarea>")
                .contains("value=\"Call\"")
                .contains("<option value=\"p1\" selected>Asha Patel</option>")
                .contains("name=\"actions[0].dueDate.day\" type=\"text\" inputmode=\"numeric\" value=\"3\"")
                .doesNotContain("govuk-error-summary");
    }

    @Test
    void saveAsDraftWithoutJavaScriptKeepsTheFormAsTypedUncheckedAndComesBackToIt() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(DRAFT_API)).willReturn(json("""
                {"sessionId":"s1","savedAt":"2026-11-30T14:32:00Z","expiresAt":"2026-12-30T14:32:00Z","content":{}}""")));

        MvcResult kept = mvc.perform(post("/sessions/s1/log").with(coach()).with(csrf()).param("draft", "save").param("version", "7")
                        .param("notes", "Half a thought").param("attendeeIds", "p1")
                        .param("actions[0].description", "Call").param("actions[0].dueDate.day", "31")
                        .param("actions[0].dueDate.month", "2").param("actions[1].description", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/s1/log")).andReturn();

        API.verify(putRequestedFor(urlEqualTo(DRAFT_API)).withRequestBody(equalToJson("""
                {"equityPauseHeld":"","equityPauseSurfaced":"","attendeeIds":["p1"],"guests":"","notes":"Half a thought",
                 "themes":[],"actions":[{"description":"Call","ownerId":"","ownerName":"","dueDay":"31","dueMonth":"2","dueYear":""}]}""")));
        API.verify(0, putRequestedFor(urlEqualTo("/api/sessions/s1/log")));
        assertThat(flash(kept)).isEqualTo("Draft saved on 30 November 2026 at 14:32");
    }

    @Test
    void aDraftTheApiRefusesIsShownOnTheFormsFields() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(DRAFT_API)).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"detail":"The request has invalid values.",
                 "errors":[{"field":"equityPauseSurfaced","message":"What the equity pause surfaced must be 2,000 characters or fewer"}]}""")));

        String html = mvc.perform(post("/sessions/s1/log").with(coach()).with(csrf()).param("draft", "save")
                        .param("equityPause.held", "yes").param("equityPause.surfaced", "Long"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#equityPause-surfaced\">What the equity pause surfaced must be 2,000 characters or fewer</a>");
    }

    @Test
    void theBackgroundAutosaveKeepsTheDraftAndAnswersWordsForTheLiveRegion() throws Exception {
        Instant saved = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        API.stubFor(WireMock.put(urlEqualTo(DRAFT_API)).willReturn(json("""
                {"sessionId":"s1","savedAt":"%s","expiresAt":"%s","content":{}}""".formatted(saved, saved.plus(30, ChronoUnit.DAYS)))));

        String body = mvc.perform(post("/sessions/s1/log/draft").with(coach()).with(csrf()).header("X-Autosave", "log-draft")
                        .param("notes", "Typed just now").param("equityPause.held", "no"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"message\":\"Draft saved at " + Dates.time(saved) + "\"");
        API.verify(putRequestedFor(urlEqualTo(DRAFT_API)).withRequestBody(equalToJson("""
                {"equityPauseHeld":"no","notes":"Typed just now"}""", true, true)));
    }

    @Test
    void anAutosaveAfterTheSignInExpiredSaysSignInAgainAndKeepsNoForm() throws Exception {
        mvc.perform(post("/sessions/s1/log/draft").with(bearer(TestTokens.expired("coach-1", Role.COACH))).with(csrf())
                        .header("X-Autosave", "log-draft").param("notes", "Typed after the sign-in ran out"))
                .andExpect(status().isUnauthorized());
        API.verify(0, putRequestedFor(urlEqualTo(DRAFT_API)));
        assertThat(mongo.getCollection("kept_forms").countDocuments()).isZero();

        // the token expired on its way to the API: the same words
        API.stubFor(WireMock.put(urlEqualTo(DRAFT_API)).willReturn(problem(401, """
                {"title":"Unauthorized","status":401,"detail":"Sign in"}""")));
        String body = mvc.perform(post("/sessions/s1/log/draft").with(coach()).with(csrf()).header("X-Autosave", "log-draft")
                        .param("notes", "Typed"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Not saved: sign in again");

        // the final POST of the form itself is kept as every form is
        String location = mvc.perform(post("/sessions/s1/log").with(bearer(TestTokens.expired("coach-1", Role.COACH))).with(csrf())
                        .param("notes", "The whole log"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/sign-in?kept=");
    }

    @Test
    void anotherCoachAndAMemberGetTheNoAccessPageAndNoDraftIsKept() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo(DRAFT_API)).willReturn(problem(403, """
                {"title":"Forbidden","status":403,"detail":"Only the session's coach"}""")));
        API.stubFor(WireMock.get(urlEqualTo(DRAFT_API)).willReturn(problem(403, """
                {"title":"Forbidden","status":403,"detail":"Only the session's coach"}""")));

        mvc.perform(get("/sessions/s1/log").with(as("coach-2", Role.COACH))).andExpect(status().isForbidden());
        mvc.perform(post("/sessions/s1/log/draft").with(as("coach-2", Role.COACH)).with(csrf()).param("notes", "Not mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sessions/s1/log").with(as("coach-2", Role.COACH)).with(csrf()).param("draft", "save"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sessions/s1/log").with(as("m-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        mvc.perform(post("/sessions/s1/log/draft").with(as("m-1", Role.PARTICIPANT)).with(csrf()).param("notes", "x"))
                .andExpect(status().isForbidden());
        // only the other coach's two attempts reached the API (which refused them); the member's none
        API.verify(2, putRequestedFor(urlEqualTo(DRAFT_API)));
    }
}
