package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** The coaching calendar ({@code /calendar}) and scheduling ({@code /calendar/schedule}), without JavaScript. */
@PageTest
class CalendarPageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate MONDAY = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private static final LocalDate NEXT_YEAR = TODAY.plusYears(1);

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        CoachingStubs.stubDirectory();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions")).willReturn(json("""
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}"""
                .formatted(session("s1", "Now <and> then", "coach-1", 0, "SCHEDULED", false),
                        session("s2", "Called off", "coach-1", 0, "CANCELLED", false)))));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).willReturn(json("""
                {"items":[{"id":"coach-1","name":"Cara Coach"},{"id":"coach-2","name":"Dev Coach"}],"page":0,"size":100,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/people/coach-1")).willReturn(json("{\"id\":\"coach-1\",\"name\":\"Cara Coach\"}")));
    }

    @Test
    void theWeekIsATableOfDaysWithTodaysSessionsLinkedAndTheFilterForm() throws Exception {
        String html = mvc.perform(get("/calendar").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Coaching calendar – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/calendar\" aria-current=\"page\">")
                .contains("<table class=\"govuk-table app-calendar-week\" id=\"calendar-week\">")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Monday")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Sunday")
                .contains("<strong class=\"govuk-tag govuk-tag--blue\">Today</strong>")
                .contains("<a class=\"govuk-link\" href=\"/sessions/s1\">Now &lt;and&gt; then</a>, North &lt;Team&gt;")
                .contains("href=\"/sessions/s2\">Cancelled: Called off</a>")
                .contains("href=\"/calendar?view=week&amp;week=" + MONDAY.minusWeeks(1) + "\">Previous week</a>")
                .contains("<form method=\"get\" action=\"/calendar\" novalidate>")
                .contains("<option value=\"coach-2\">Dev Coach</option>")
                .contains("href=\"/calendar/schedule\"");
        API.verify(getRequestedFor(urlPathEqualTo("/api/sessions")).withQueryParam("from", equalTo(MONDAY.toString()))
                .withQueryParam("to", equalTo(MONDAY.plusDays(6).toString())).withQueryParam("coachId", absent()));
    }

    @Test
    void aCoachSeesTheirOwnSessionsWithoutAChoiceOfCoach() throws Exception {
        String html = mvc.perform(get("/calendar").queryParam("view", "list").queryParam("coachId", "coach-2").with(coach()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("id=\"coachId\"")
                .contains("role=\"region\" aria-label=\"Sessions from today, soonest first\" tabindex=\"0\"")
                .contains("<th scope=\"col\" class=\"govuk-table__header\">Coach</th>");
        API.verify(getRequestedFor(urlPathEqualTo("/api/sessions")).withQueryParam("coachId", equalTo("coach-1")));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/sessions")).withQueryParam("coachId", equalTo("coach-2")));
    }

    @Test
    void theListNamesEachSessionsCoachForAManager() throws Exception {
        String html = mvc.perform(get("/calendar").queryParam("view", "list").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<td class=\"govuk-table__cell\">Cara Coach</td>")
                .contains("href=\"/calendar?view=week&amp;week=" + MONDAY + "\">Week</a>");
    }

    @Test
    void schedulingAsksForTheCollaborativeThenOffersItsCoachesAndTeam() throws Exception {
        String choose = mvc.perform(get("/calendar/schedule").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(choose).contains("<form method=\"get\" action=\"/calendar/schedule\" novalidate>").contains("value=\"col-1\"");

        String form = mvc.perform(get("/calendar/schedule").queryParam("collaborativeId", "col-1").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<option value=\"coach-1\" selected>Cara Coach</option>")
                .contains("id=\"inviteeIds\" name=\"inviteeIds\" type=\"checkbox\" value=\"p1\" checked")
                .contains("id=\"date-day\" name=\"date.day\"").contains("id=\"start\" name=\"start\"")
                .contains("id=\"frequency\" name=\"frequency\" type=\"radio\" value=\"\" checked");
    }

    @Test
    void aScheduledSessionGoesToItsPage() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions")).willReturn(json(session("new", "Huddle", "coach-1", 24 * 300, "SCHEDULED", false)).withStatus(201)));

        MvcResult done = mvc.perform(details(post("/calendar/schedule")).param("start", "09:00").param("end", "10:30"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/new")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/sessions")).withRequestBody(equalToJson("""
                {"collaborativeId":"col-1","coachId":"coach-1","type":"WORKSHOP","title":"Huddle","start":"%sT09:00:00",
                 "durationMinutes":90,"location":null,"videoLink":null,"inviteeIds":["p1"]}""".formatted(NEXT_YEAR))));
        assertThat(flash(done)).startsWith("Session scheduled: “Huddle”");
    }

    @Test
    void aSeriesIsScheduledInOneGoAndItsClashesAreListed() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/series")).willReturn(problem(409, """
                {"title":"Conflict","status":409,"detail":"…",
                 "clashes":[{"proposedStartsAt":"%sT09:00:00Z","sessionId":"s7","title":"Board <prep>","startsAt":"%sT09:00:00Z",
                             "endsAt":"%sT10:00:00Z","reason":"COLLABORATIVE"},
                            {"proposedStartsAt":"%sT09:00:00Z","sessionId":"s8","title":"Other","startsAt":"%sT09:00:00Z",
                             "endsAt":"%sT10:00:00Z","reason":"COACH"}]}"""
                .formatted(NEXT_YEAR, NEXT_YEAR, NEXT_YEAR, NEXT_YEAR.plusWeeks(1), NEXT_YEAR.plusWeeks(1), NEXT_YEAR.plusWeeks(1)))));

        String html = mvc.perform(details(post("/calendar/schedule")).param("start", "09:00").param("end", "10:00")
                        .param("frequency", "WEEKLY").param("count", "6"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#date-day\">The sessions clash with 2 other sessions. Choose other dates or times</a>")
                .contains("href=\"/sessions/s7\">Board &lt;prep&gt;</a>").contains("the collaborative already has a session at that time")
                .contains("href=\"/sessions/s8\">Other</a>")
                .contains("id=\"frequency-2\" name=\"frequency\" type=\"radio\" value=\"WEEKLY\" checked");
        API.verify(postRequestedFor(urlEqualTo("/api/sessions/series")).withRequestBody(equalToJson("""
                {"collaborativeId":"col-1","coachId":"coach-1","type":"WORKSHOP","title":"Huddle","start":"%sT09:00:00",
                 "durationMinutes":60,"location":null,"videoLink":null,"inviteeIds":["p1"],"frequency":"WEEKLY","count":6}""".formatted(NEXT_YEAR))));
    }

    @Test
    void theApisRefusalsComeInFormOrderAndAStartAlreadyPastIsWarnedAbout() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions")).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"start","message":"The session on 5 May 2027 at 10:00 must be within the cohort's dates, 1 April 2026 to 31 March 2027"},
                  {"field":"title","message":"Enter a title"}]}""")));
        String refused = mvc.perform(details(post("/calendar/schedule")).param("title", "").param("start", "09:00").param("end", "10:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused.indexOf("<a href=\"#title\">Enter a title</a>")).isPositive()
                .isLessThan(refused.indexOf("<a href=\"#date-day\">The session on 5 May 2027 at 10:00 must be within the cohort's dates, 1 April 2026 to 31 March 2027</a>"));

        LocalDate yesterday = TODAY.minusDays(1);
        String warned = mvc.perform(post("/calendar/schedule").with(manager()).with(csrf()).param("collaborativeId", "col-1")
                        .param("coachId", "coach-1").param("type", "WORKSHOP").param("title", "Late entry")
                        .param("date.day", "" + yesterday.getDayOfMonth()).param("date.month", "" + yesterday.getMonthValue())
                        .param("date.year", "" + yesterday.getYear()).param("start", "09:00").param("end", "10:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(warned).contains("id=\"start-warning\"").contains("This time has already passed.")
                .contains("<input type=\"hidden\" name=\"pastConfirmed\" value=\"yes\">");
        API.verify(0, postRequestedFor(urlEqualTo("/api/sessions")).withRequestBody(WireMock.containing("Late entry")));
    }

    @Test
    void aCountThatIsNotANumberIsRefusedBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(details(post("/calendar/schedule")).param("start", "09:00").param("end", "10:00")
                        .param("frequency", "MONTHLY").param("count", "six"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#count\">How many sessions must be a number, like 6</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/sessions/series")));
    }

    @Test
    void aCoachSchedulesOnlyForCollaborativesTheyCoachAndAParticipantNotAtAll() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[{"id":"col-9","cohortId":"cohort-1","name":"Not theirs","coachIds":["coach-9"]}],"page":0,"size":100,"totalItems":1,"totalPages":1}""")));
        mvc.perform(post("/calendar/schedule").with(coach()).with(csrf()).param("collaborativeId", "col-9").param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/calendar").with(as("member-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlPathEqualTo("/api/sessions")));
    }

    @Test
    void theOldAddressMovedPermanentlyKeepingItsView() throws Exception {
        mvc.perform(get("/admin/calendar").queryParam("view", "list")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/calendar?view=list"));
    }

    private static MockHttpServletRequestBuilder details(MockHttpServletRequestBuilder request) {
        return request.with(manager()).with(csrf()).param("collaborativeId", "col-1").param("coachId", "coach-1").param("type", "WORKSHOP")
                .param("title", "Huddle").param("date.day", "" + NEXT_YEAR.getDayOfMonth()).param("date.month", "" + NEXT_YEAR.getMonthValue())
                .param("date.year", "" + NEXT_YEAR.getYear()).param("inviteeIds", "p1");
    }
}
