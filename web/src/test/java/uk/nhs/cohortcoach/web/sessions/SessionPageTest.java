package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.json;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.problem;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.session;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** One session ({@code /sessions/{id}}): details, log, actions, history, and the changes each role is offered. */
@PageTest
class SessionPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        CoachingStubs.stubDirectory();
        API.stubFor(WireMock.get(urlEqualTo("/api/people/coach-1")).willReturn(json("{\"id\":\"coach-1\",\"name\":\"Cara Coach\"}")));
        API.stubFor(WireMock.get(urlEqualTo("/api/people/manager-1")).willReturn(json("{\"id\":\"manager-1\",\"name\":\"Mo Manager\"}")));
        // held and logged 30 days ago: its log has locked
        CoachingStubs.stubSession(session("held", "Held <one>", "coach-1", -720, "SCHEDULED", true), "held");
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/held/log")).willReturn(json("""
                {"sessionId":"held","editableUntil":"2026-11-20T10:00:00Z","locked":true,"attendeeIds":["p1"],"guests":["Dr <Who>"],
                 "notes":"Went well","themes":["EMBEDDING_EQUITY"],"equityPause":{"held":true,"surfaced":"Night staff missing"},
                 "actions":[{"id":"a1","description":"Book <room>","ownerId":"p2","ownerName":null,"dueDate":"2026-12-01",
                             "status":"OPEN","completedOn":null,"overdue":true}],
                 "loggedAt":"2026-11-06T11:00:00Z","updatedAt":"2026-11-06T11:00:00Z","version":4}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/held/log/history")).willReturn(json("""
                {"sessionId":"held","entries":[
                  {"at":"2026-11-06T11:00:00Z","byPersonId":"coach-1","byRole":"COACH","kind":"WRITTEN","fields":["attendeeIds","notes"]},
                  {"at":"2026-11-25T09:00:00Z","byPersonId":"manager-1","byRole":"PROGRAMME_MANAGER","kind":"REOPENED",
                   "reason":"Late <notes>","openUntil":"2026-12-02T09:00:00Z"}]}""")));
        // started two hours ago, not logged
        CoachingStubs.stubSession(session("open", "Open one", "coach-1", -2, "SCHEDULED", false), "open");
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/open/log/history")).willReturn(json("{\"sessionId\":\"open\",\"entries\":[]}")));
    }

    @Test
    void aHeldSessionShowsItsLogActionsAndHistoryAndOffersNoChangeButReopening() throws Exception {
        String html = mvc.perform(get("/sessions/held").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Held &lt;one&gt; – Cohort Coach</title>")
                .contains("<strong class=\"govuk-tag govuk-tag--green\" id=\"session-status\">Logged</strong>")
                .contains("North &lt;Team&gt;").contains("Cara Coach").contains("Asha Patel, Ben &lt;b&gt;Jones&lt;/b&gt;")
                .contains("Asha Patel, Dr &lt;Who&gt;")
                .contains("Embedding equity into improvement")
                .contains("Held. It surfaced: Night staff missing")
                .contains("role=\"region\" aria-label=\"Actions agreed\" tabindex=\"0\"")
                .contains("Book &lt;room&gt;").contains("<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>")
                .contains("role=\"region\" aria-label=\"History of the log\" tabindex=\"0\"")
                .contains("Cara Coach (coach)").contains("Changed: attendeeIds, notes")
                .contains("Mo Manager (programme manager)").contains("Reason: Late &lt;notes&gt;.")
                .contains("The log is locked.")
                .contains("<form method=\"post\" action=\"/sessions/held/log/reopen\" novalidate>")
                .doesNotContain("/sessions/held/not-held").doesNotContain("/sessions/held/delete")
                .doesNotContain("/sessions/held/reschedule").doesNotContain("/sessions/held/cancel")
                .contains("href=\"/calendar\">Back to the calendar</a>");
    }

    @Test
    void itsOwnCoachIsOfferedTheLogFormAndDidNotHappenButNotDeleting() throws Exception {
        String html = mvc.perform(get("/sessions/open").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/sessions/open/log\">Log this session</a>")
                .contains("href=\"/sessions/open/not-held\"")
                .contains("href=\"/sessions/open/reschedule\"").contains("href=\"/sessions/open/cancel\"")
                .doesNotContain("/sessions/open/delete")
                .doesNotContain("action=\"/sessions/open/log/reopen\"")
                .contains("No changes recorded yet.")
                .contains("href=\"/my-sessions\">Back to my sessions</a>");
        API.verify(0, getRequestedFor(urlEqualTo("/api/sessions/open/log"))); // not logged: nothing to read
    }

    @Test
    void didNotHappenAsksWhyWarnsItIsFinalThenMarksIt() throws Exception {
        String ask = mvc.perform(get("/sessions/open/not-held").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ask).contains("Are you sure “Open one” on").contains("You cannot undo this.")
                .contains("<form method=\"post\" action=\"/sessions/open/not-held\" novalidate>").contains("govuk-button--warning");

        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/open/not-held")).withRequestBody(equalToJson("{\"reason\":\"\",\"version\":7}"))
                .willReturn(problem(400, """
                        {"title":"Invalid request","status":400,"errors":[{"field":"reason","message":"Enter why the session did not happen"}]}""")));
        String refused = mvc.perform(post("/sessions/open/not-held").with(coach()).with(csrf()).param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<a href=\"#reason\">Enter why the session did not happen</a>")
                .contains("<p id=\"reason-error\" class=\"govuk-error-message\">");

        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/open/not-held")).withRequestBody(equalToJson("{\"reason\":\"Snow\",\"version\":7}"))
                .willReturn(json(session("open", "Open one", "coach-1", -2, "NOT_HELD", false))));
        MvcResult marked = mvc.perform(post("/sessions/open/not-held").with(coach()).with(csrf()).param("reason", "Snow"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/open")).andReturn();
        assertThat(flash(marked)).isEqualTo("Session marked as did not happen: “Open one”");
    }

    @Test
    void deletingAsksFirstThenDeletesTheVersionShown() throws Exception {
        String confirm = mvc.perform(get("/sessions/open/delete").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to delete the session Open one on")
                .contains("<form method=\"post\" action=\"/sessions/open/delete\" novalidate>")
                .contains("<a class=\"govuk-link\" href=\"/sessions/open\">Cancel</a>");
        API.verify(0, deleteRequestedFor(urlPathEqualTo("/api/sessions/open")));

        API.stubFor(WireMock.delete(urlEqualTo("/api/sessions/open?version=7")).willReturn(aResponse().withStatus(204)));
        MvcResult deleted = mvc.perform(post("/sessions/open/delete").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/calendar")).andReturn();
        assertThat(flash(deleted)).isEqualTo("Session deleted: “Open one”");
        API.verify(deleteRequestedFor(urlEqualTo("/api/sessions/open?version=7")));
    }

    @Test
    void aSessionThatCameToHaveActionsIsNotDeletedAndThePageSaysWhy() throws Exception {
        API.stubFor(WireMock.delete(urlEqualTo("/api/sessions/open?version=7")).willReturn(problem(409, """
                {"title":"Conflict","status":409,"detail":"The session cannot be deleted: 2 actions were agreed in it."}""")));

        String html = mvc.perform(post("/sessions/open/delete").with(manager()).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The session cannot be deleted: 2 actions were agreed in it.")
                .doesNotContain("govuk-button--warning")
                .contains("<a class=\"govuk-link\" href=\"/sessions/open\">Go back</a>");
    }

    @Test
    void aManagerReopensALockedLogGivingAReason() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/held/log/reopen")).withRequestBody(equalToJson("{\"reason\":\"\"}"))
                .willReturn(problem(400, """
                        {"title":"Invalid request","status":400,"errors":[{"field":"reason","message":"Enter why the log is reopened"}]}""")));
        String refused = mvc.perform(post("/sessions/held/log/reopen").with(manager()).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<a href=\"#reopen-reason\">Enter why the log is reopened</a>")
                .contains("<title>Error: Held &lt;one&gt; – Cohort Coach</title>");

        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/held/log/reopen")).withRequestBody(equalToJson("{\"reason\":\"Late notes\"}"))
                .willReturn(json("""
                        {"sessionId":"held","editableUntil":"2026-12-14T09:00:00Z","locked":false,"logged":true,"version":5}""")));
        MvcResult reopened = mvc.perform(post("/sessions/held/log/reopen").with(manager()).with(csrf()).param("reason", "Late notes"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/held")).andReturn();
        assertThat(flash(reopened)).isEqualTo("Log reopened: its coach can write or correct it until 14 December 2026 at 09:00");
    }

    @Test
    void aCoachWhomTheApiRefusesGetsTheNoAccessPageAndAParticipantIsNotLetIn() throws Exception {
        API.stubFor(WireMock.delete(urlEqualTo("/api/sessions/open?version=7")).willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(post("/sessions/open/delete").with(coach()).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(get("/sessions/open").with(as("member-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlPathEqualTo("/api/sessions/open/not-held")));
    }

    @Test
    void aSessionTheApiDoesNotShowIsPageNotFound() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/nope")).willReturn(aResponse().withStatus(404)));

        mvc.perform(get("/sessions/nope").with(coach())).andExpect(status().isNotFound());
    }
}
