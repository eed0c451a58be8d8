package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
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
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** The session log form ({@code /sessions/{id}/log}): the coach's record of a session, without JavaScript. */
@PageTest
class SessionLogPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        CoachingStubs.stubDirectory();
        CoachingStubs.stubSession(session("s1", "Kick-off <session>", "coach-1", -2, "SCHEDULED", false), "s1");
    }

    @Test
    void theFormOffersTheInviteesThemesTheEquityPauseWithItsRevealAndAnActionRow() throws Exception {
        String html = mvc.perform(get("/sessions/s1/log").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Log Kick-off &lt;session&gt; – Cohort Coach</title>")
                .contains("<h1 class=\"govuk-heading-l\">Log “Kick-off &lt;session&gt;”</h1>")
                .contains("North &lt;Team&gt;")
                .contains("<form method=\"post\" action=\"/sessions/s1/log\" novalidate data-log-draft=\"/sessions/s1/log/draft\">")
                .contains("name=\"_csrf\"")
                .contains("<input type=\"hidden\" name=\"version\" value=\"7\">")
                .contains("id=\"attendeeIds\" name=\"attendeeIds\" type=\"checkbox\" value=\"p1\"")
                .contains("for=\"attendeeIds-2\">Ben &lt;b&gt;Jones&lt;/b&gt;</label>")
                .contains("value=\"EMBEDDING_EQUITY\"")
                .contains("id=\"equityPause-held\" name=\"equityPause.held\" type=\"radio\" value=\"yes\"")
                .contains("data-aria-controls=\"conditional-equityPause-held\"")
                .contains("<div class=\"govuk-radios__conditional govuk-radios__conditional--hidden\" id=\"conditional-equityPause-held\">")
                .contains("id=\"equityPause-surfaced\" name=\"equityPause.surfaced\"")
                .contains("id=\"actions-0-description\" name=\"actions[0].description\"")
                .contains("id=\"actions-0-ownerId\" name=\"actions[0].ownerId\"")
                .contains("id=\"actions-0-dueDate-day\" name=\"actions[0].dueDate.day\"")
                .contains("name=\"add\" value=\"action\">Add another action</button>")
                .doesNotContain("checked") // the equity pause is a deliberate answer: nothing chosen for the coach
                .doesNotContain("govuk-error-summary");
    }

    @Test
    void addAnotherActionShowsOneMoreRowKeepingWhatWasTypedAndSavesNothing() throws Exception {
        String html = mvc.perform(post("/sessions/s1/log").with(coach()).with(csrf()).param("add", "action")
                        .param("attendeeIds", "p2").param("notes", "Good <energy>").param("equityPause.held", "yes")
                        .param("equityPause.surfaced", "Night staff were missing")
                        .param("actions[0].description", "Book the room").param("actions[0].ownerId", "p1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"actions-1-description\" name=\"actions[1].description\"")
                .contains("value=\"Book the room\"")
                .contains("<option value=\"p1\" selected>Asha Patel</option>")
                .contains("id=\"attendeeIds-2\" name=\"attendeeIds\" type=\"checkbox\" value=\"p2\" checked")
                .contains("Good &lt;energy&gt;</textarea>")
                .contains("<div class=\"govuk-radios__conditional\" id=\"conditional-equityPause-held\">")
                .contains("Night staff were missing</textarea>");
        API.verify(0, putRequestedFor(urlEqualTo("/api/sessions/s1/log")));
    }

    @Test
    void aSavedLogIsSentAsTheApiTakesItAndRedirectsToTheSessionWithASuccessBanner() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/sessions/s1/log")).willReturn(json("{\"sessionId\":\"s1\",\"version\":8}")));

        MvcResult saved = mvc.perform(post("/sessions/s1/log").with(coach()).with(csrf()).param("version", "7")
                        .param("attendeeIds", "p1").param("attendeeIds", "p2").param("guests", "Dr Who\r\n\r\n  Amy Pond ")
                        .param("notes", "Went well").param("themes", "EMBEDDING_EQUITY").param("themes", "PEOPLE_AND_CULTURE")
                        .param("equityPause.held", "yes").param("equityPause.surfaced", "Night staff were missing")
                        .param("actions[0].description", "").param("actions[1].description", "Book the room")
                        .param("actions[1].ownerName", "Estates team")
                        .param("actions[1].dueDate.day", "1").param("actions[1].dueDate.month", "3").param("actions[1].dueDate.year", "2027"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/s1")).andReturn();

        API.verify(putRequestedFor(urlEqualTo("/api/sessions/s1/log")).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("""
                        {"attendeeIds":["p1","p2"],"guests":["Dr Who","Amy Pond"],"notes":"Went well",
                         "themes":["EMBEDDING_EQUITY","PEOPLE_AND_CULTURE"],
                         "equityPause":{"held":true,"surfaced":"Night staff were missing"},
                         "actions":[{"description":"Book the room","ownerId":null,"ownerName":"Estates team","dueDate":"2027-03-01"}],
                         "version":7}""")));
        assertThat(flash(saved))
                .isEqualTo("Session logged: “Kick-off <session>”");
    }

    @Test
    void whatWasSurfacedIsNotSentWhenNoEquityPauseWasHeld() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/sessions/s1/log")).willReturn(json("{\"sessionId\":\"s1\",\"version\":8}")));

        mvc.perform(post("/sessions/s1/log").with(coach()).with(csrf()).param("version", "7")
                        .param("equityPause.held", "no").param("equityPause.surfaced", "typed, then No chosen"))
                .andExpect(status().isFound());

        API.verify(putRequestedFor(urlEqualTo("/api/sessions/s1/log")).withRequestBody(equalToJson("""
                {"attendeeIds":[],"guests":[],"notes":null,"themes":[],"equityPause":{"held":false,"surfaced":null},
                 "actions":[],"version":7}""")));
    }

    @Test
    void theApisRefusalsAreShownInFormOrderOnTheRowsAsTheCoachSawThem() throws Exception {
        // the API numbers the actions it was sent (row 0 was left empty, so its actions[0] is the form's row 1)
        API.stubFor(WireMock.put(urlEqualTo("/api/sessions/s1/log")).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"detail":"The request has invalid values.",
                 "errors":[{"field":"actions[0].ownerId","message":"Choose who owns the action, or enter the name of someone outside the team"},
                           {"field":"attendeeIds[1]","message":"This person was not invited to the session. Add people who were not invited as guests"},
                           {"field":"equityPause.held","message":"Select yes if an equity pause was held"}]}""")));

        String html = mvc.perform(post("/sessions/s1/log").with(coach()).with(csrf()).param("version", "7")
                        .param("attendeeIds", "p1").param("actions[1].description", "Book the room")
                        .param("actions[1].dueDate.day", "1").param("actions[1].dueDate.month", "3").param("actions[1].dueDate.year", "2027"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Log Kick-off &lt;session&gt; – Cohort Coach</title>");
        int attendees = html.indexOf("<a href=\"#attendeeIds\">This person was not invited to the session. Add people who were not invited as guests</a>");
        int equity = html.indexOf("<a href=\"#equityPause-held\">Select yes if an equity pause was held</a>");
        int owner = html.indexOf("<a href=\"#actions-1-ownerId\">Choose who owns the action, or enter the name of someone outside the team</a>");
        // the equity pause is the form's first question, so its error comes first
        assertThat(equity).isPositive().isLessThan(attendees);
        assertThat(attendees).isLessThan(owner);
        assertThat(html).contains("<p id=\"equityPause-held-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Select yes if an equity pause was held</p>")
                .contains("<p id=\"actions-1-ownerId-error\" class=\"govuk-error-message\">")
                .contains("govuk-select govuk-select--error\" id=\"actions-1-ownerId\"")
                .contains("value=\"Book the room\"");
    }

    @Test
    void aDueDateThatIsNotRealIsRefusedBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(post("/sessions/s1/log").with(coach()).with(csrf()).param("equityPause.held", "no")
                        .param("actions[0].description", "Book the room").param("actions[0].ownerId", "p1")
                        .param("actions[0].dueDate.day", "30").param("actions[0].dueDate.month", "2").param("actions[0].dueDate.year", "2027"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#actions-0-dueDate-day\">Due date must be a real date</a>");
        API.verify(0, putRequestedFor(urlEqualTo("/api/sessions/s1/log")));
    }

    @Test
    void aSessionAlreadyLoggedIsShownRatherThanItsFormAgain() throws Exception {
        CoachingStubs.stubSession(session("s2", "Done", "coach-1", -30, "SCHEDULED", true), "s2");

        mvc.perform(get("/sessions/s2/log").with(coach())).andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/s2"));
    }

    @Test
    void aProgrammeManagerDoesNotWriteLogs() throws Exception {
        mvc.perform(get("/sessions/s1/log").with(manager())).andExpect(status().isForbidden());
        mvc.perform(post("/sessions/s1/log").with(manager()).with(csrf()).param("equityPause.held", "no"))
                .andExpect(status().isForbidden());
        API.verify(0, putRequestedFor(urlEqualTo("/api/sessions/s1/log")));
    }
}
