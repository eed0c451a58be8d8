package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.json;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.problem;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** "Record a session that already happened" ({@code /my-sessions/held}): the session and its log in one form. */
@PageTest
class HeldSessionPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        CoachingStubs.stubDirectory();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[{"id":"col-1","cohortId":"cohort-1","name":"North <Team>","coachIds":["coach-1"]},
                          {"id":"col-9","cohortId":"cohort-1","name":"Someone else's","coachIds":["coach-9"]}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""")));
    }

    @Test
    void theCoachFirstChoosesOneOfTheCollaborativesTheyCoach() throws Exception {
        String html = mvc.perform(get("/my-sessions/held").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<form method=\"get\" action=\"/my-sessions/held\" novalidate>")
                .contains("value=\"col-1\"").contains("North &lt;Team&gt;")
                .doesNotContain("col-9");
    }

    @Test
    void theFormAsksForTheSessionWhoWasInvitedEveryoneTickedAndItsLog() throws Exception {
        String html = mvc.perform(get("/my-sessions/held").queryParam("collaborativeId", "col-1").with(coach()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<form method=\"post\" action=\"/my-sessions/held\" novalidate>")
                .contains("<input type=\"hidden\" name=\"collaborativeId\" value=\"col-1\">")
                .contains("id=\"date-day\" name=\"date.day\"")
                .contains("id=\"start\" name=\"start\"").contains("Use the 24-hour clock")
                .contains("id=\"inviteeIds\" name=\"inviteeIds\" type=\"checkbox\" value=\"p1\" checked")
                .contains("id=\"inviteeIds-2\" name=\"inviteeIds\" type=\"checkbox\" value=\"p2\" checked")
                .contains("id=\"attendeeIds\" name=\"attendeeIds\" type=\"checkbox\" value=\"p1\"")
                .contains("id=\"equityPause-held\" name=\"equityPause.held\"");
    }

    @Test
    void timesThatAreNotRealAndAnEndBeforeTheStartAreRefusedBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(details(post("/my-sessions/held")).param("start", "25:00").param("end", "9:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<a href=\"#start\">Start time must be a real time in the 24-hour clock, like 14:30</a>");

        String before = mvc.perform(details(post("/my-sessions/held")).param("start", "10:00").param("end", "09:30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("<a href=\"#end\">The end time must be after the start time</a>")
                .contains("value=\"09:30\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/sessions/held")));
    }

    @Test
    void theApisRefusalsOfTheSessionAndOfItsLogAreShownTogetherInFormOrder() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/held")).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"detail":"The request has invalid values.",
                 "errors":[{"field":"log.equityPause.held","message":"Select yes if an equity pause was held"},
                           {"field":"start","message":"The session must have started already. Schedule a session that is still to come instead"},
                           {"field":"title","message":"Enter a title"}]}""")));

        String html = mvc.perform(details(post("/my-sessions/held")).param("title", "").param("start", "10:00").param("end", "11:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        int title = html.indexOf("<a href=\"#title\">Enter a title</a>");
        int date = html.indexOf("<a href=\"#date-day\">The session must have started already. Schedule a session that is still to come instead</a>");
        int equity = html.indexOf("<a href=\"#equityPause-held\">Select yes if an equity pause was held</a>");
        assertThat(title).isPositive().isLessThan(date);
        assertThat(date).isLessThan(equity);
    }

    @Test
    void aRecordedSessionGoesToItsPageWithASuccessBanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/held")).willReturn(json("""
                {"sessionId":"s-new","editableUntil":"2026-12-21T10:00:00Z","locked":false,"version":1}""").withStatus(201)));

        MvcResult recorded = mvc.perform(details(post("/my-sessions/held")).param("start", "10:00").param("end", "11:30")
                        .param("attendeeIds", "p1").param("equityPause.held", "no"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/s-new")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/sessions/held")).withRequestBody(equalToJson("""
                {"collaborativeId":"col-1","coachId":"coach-1","type":"WORKSHOP","title":"Huddle","start":"2026-11-03T10:00:00",
                 "durationMinutes":90,"location":null,"inviteeIds":["p1","p2"],
                 "log":{"attendeeIds":["p1"],"guests":[],"notes":null,"themes":[],"equityPause":{"held":false,"surfaced":null},
                        "actions":[],"version":null}}""")));
        assertThat(flash(recorded))
                .isEqualTo("Session recorded as held: “Huddle”");
    }

    @Test
    void aCollaborativeTheCoachDoesNotCoachIsRefused() throws Exception {
        mvc.perform(post("/my-sessions/held").with(coach()).with(csrf()).param("collaborativeId", "col-9").param("title", "x"))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/sessions/held")));
    }

    private static MockHttpServletRequestBuilder details(MockHttpServletRequestBuilder request) {
        return request.with(coach()).with(csrf()).param("collaborativeId", "col-1").param("title", "Huddle").param("type", "WORKSHOP")
                .param("date.day", "3").param("date.month", "11").param("date.year", "2026")
                .param("inviteeIds", "p1").param("inviteeIds", "p2");
    }
}
