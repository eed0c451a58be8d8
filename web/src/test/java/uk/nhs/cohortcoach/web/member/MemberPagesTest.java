package uk.nhs.cohortcoach.web.member;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/**
 * The member's "Our collaborative" ({@code /my-collaborative}) and "Our sessions" ({@code /our-sessions}) from
 * stubbed cohort- and coaching-service. The stubs also hold a second collaborative ("col-2", "Elsewhere") that
 * the API does not list to this member: nothing of it may reach the pages.
 */
@PageTest
class MemberPagesTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor member() {
        return as("p-me", Role.PARTICIPANT);
    }

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        // what cohort-service lists a participant: only their own collaborative
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[{"id":"col-1","cohortId":"cohort-1","name":"Derbyshire <b>together</b>","ics":"Derby and Derbyshire",
                  "members":[{"odsCode":"RTG","name":"University Hospitals of Derby and Burton"}],
                  "priority":{"area":"Elective <waits>","core20":true,"imdEdition":"IMD_2019","plusGroups":["People experiencing homelessness"],
                   "clinicalAreas":["ADULT_HYPERTENSION"]},"plannedCoachingHours":60,"coachIds":["coach-1"]}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/col-1/participants")).willReturn(json("""
                {"collaborativeId":"col-1","includePast":false,"participants":[
                  {"personId":"p-me","name":"Mo Member","email":"mo@example.nhs.uk","jobTitle":"Improvement lead",
                   "organisationOdsCode":"RTG","leadershipRole":"IMPROVEMENT_LEAD","joinedOn":"2026-02-01"},
                  {"personId":"p-2","name":"Sam <i>Lee</i>","email":"sam.lee@example.nhs.uk","jobTitle":"Chief executive",
                   "organisationOdsCode":"RTG","leadershipRole":"CHIEF_EXECUTIVE","joinedOn":"2026-02-01"}]}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/col-1/coaches")).willReturn(json("""
                {"collaborativeId":"col-1","coaches":[{"personId":"coach-1","name":"Cora <Coach>"}]}""")));
        // another collaborative's, which the API would refuse this member: never asked for, never shown
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/col-2/participants")).willReturn(json("""
                {"collaborativeId":"col-2","participants":[{"personId":"p-x","name":"Elsewhere Person"}]}""")));
    }

    @Test
    void ourCollaborativeShowsTheTeamCoachPriorityAndEquityFocusEscapedAndNobodysEmail() throws Exception {
        String html = mvc.perform(get("/my-collaborative").with(member())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Our collaborative – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/my-collaborative\" aria-current=\"page\">")
                .contains("href=\"/our-sessions\">").contains("href=\"/actions\">").contains("href=\"/my-surveys\">")
                .contains("href=\"/preferences\">")
                .contains("<h1 class=\"govuk-heading-l\" id=\"collaborative-name\">Derbyshire &lt;b&gt;together&lt;/b&gt;</h1>")
                .contains("Cora &lt;Coach&gt;").contains("Elective &lt;waits&gt;")
                .contains("The most deprived 20% of the population (Core20, IMD 2019)")
                .contains("PLUS groups: People experiencing homelessness").contains("Clinical areas: Adults: hypertension")
                .contains("University Hospitals of Derby and Burton (RTG)")
                .contains("Team (2)").contains("Mo Member (you)").contains("Sam &lt;i&gt;Lee&lt;/i&gt;").doesNotContain("<i>Lee")
                .contains("Chief executive").contains("Improvement lead")
                .contains("role=\"region\" aria-label=\"Team of Derbyshire &lt;b>together&lt;/b>\" tabindex=\"0\"")
                .doesNotContain("sam.lee@example.nhs.uk").doesNotContain("mo@example.nhs.uk")
                .doesNotContain("Elsewhere");
        API.verify(0, getRequestedFor(urlEqualTo("/api/collaboratives/col-2/participants")));
        API.verify(getRequestedFor(urlEqualTo("/api/collaboratives/col-1/coaches")).withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void aMemberInNoTeamIsToldSo() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[],"page":0,"size":100,"totalItems":0,"totalPages":0}""")));

        String html = mvc.perform(get("/my-collaborative").with(member())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("You are not in a collaborative’s team at the moment");
    }

    @Test
    void ourSessionsListsUpcomingWithAddToCalendarAndPastWithTheActionsAgreedMineFirst() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions")).withQueryParam("to", absent()).willReturn(json("""
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}"""
                .formatted(session("s-next", "Next <steps>", 48, "SCHEDULED", "https://meet.example/abc"),
                        session("s-off", "Called off", 72, "CANCELLED", null)))));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions")).withQueryParam("to", matching(".+")).willReturn(json("""
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}"""
                .formatted(session("s-held", "Kick-off", -72, "SCHEDULED", null),
                        session("s-quiet", "Quiet one", -200, "SCHEDULED", null)))));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/actions")).withQueryParam("status", equalTo("OPEN")).willReturn(json("""
                {"items":[%s,%s],"totalPages":1}""".formatted(
                action("a-theirs", "s-held", "Book the <venue>", "p-2", "OPEN", true),
                action("a-mine", "s-held", "Write the plan", "p-me", "OPEN", false)))));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/actions")).withQueryParam("status", equalTo("DONE")).willReturn(json("""
                {"items":[%s],"totalPages":1}""".formatted(action("a-done", "s-held", "Share the slides", "coach-1", "DONE", false)))));

        String html = mvc.perform(get("/our-sessions").with(member())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Our sessions – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/our-sessions\" aria-current=\"page\">")
                .contains("Upcoming (2)").contains("Past sessions (2)")
                .contains("Next &lt;steps&gt;").doesNotContain("<steps>")
                .contains("<a class=\"govuk-link app-add-to-calendar\" href=\"/api/sessions/s-next/calendar\" download=\"coaching-session.ics\">Add to calendar")
                .doesNotContain("/api/sessions/s-off/calendar").doesNotContain("/api/sessions/s-held/calendar")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Cancelled</strong>")
                .contains("href=\"https://meet.example/abc\">Join the video call")
                .contains("Book the &lt;venue&gt;").contains("(Sam &lt;i&gt;Lee&lt;/i&gt;, due 30 November 2026)")
                .contains("(You, due 30 November 2026)").contains("(Cora &lt;Coach&gt; (coach), due 30 November 2026)")
                .contains("govuk-tag--red\">Overdue").contains("govuk-tag--green\">Done")
                .contains("None recorded")
                .doesNotContain("Elsewhere");
        // upcoming first, soonest first; past latest first; in a past session my action before the others'
        assertThat(html.indexOf("id=\"session-s-next\"")).isLessThan(html.indexOf("id=\"session-s-off\""));
        assertThat(html.indexOf("id=\"session-s-off\"")).isLessThan(html.indexOf("id=\"session-s-held\""));
        assertThat(html.indexOf("id=\"session-s-held\"")).isLessThan(html.indexOf("id=\"session-s-quiet\""));
        assertThat(html.indexOf("Write the plan")).isLessThan(html.indexOf("Book the &lt;venue&gt;"));
        // one request per list, none per session
        API.verify(2, getRequestedFor(urlPathEqualTo("/api/sessions")));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/sessions/s-held")));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/sessions/s-held/log")));
    }

    private static void stubMySurveys() {
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/invitations/mine")).willReturn(json("""
                {"surveys":[
                  {"waveId":"w-1","label":"baseline","closesAt":"2026-12-20T17:00:00Z","progress":"STARTED","linkReissuableFrom":null},
                  {"waveId":"w-2","label":"Our <own> wave","closesAt":"2026-12-22T17:00:00Z","progress":"NOT_STARTED",
                   "linkReissuableFrom":"2026-12-07T14:31:00Z"},
                  {"waveId":"w-3","label":"midpoint","closesAt":"2026-12-23T17:00:00Z","progress":"SUBMITTED","linkReissuableFrom":null}]}""")));
    }

    @Test
    void mySurveysListsTheOpenWavesWithProgressAndSendMyLinkAgainUntilSubmitted() throws Exception {
        stubMySurveys();

        String html = mvc.perform(get("/my-surveys").with(member())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>My surveys – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/my-surveys\" aria-current=\"page\">")
                .contains(">Baseline</h2>").contains("Our &lt;own&gt; wave").doesNotContain("<own>")
                .contains("20 December 2026 at 17:00")
                .contains("govuk-tag--yellow\">Started").contains("govuk-tag--blue\">Not started").contains("govuk-tag--green\">Submitted")
                .contains("<form method=\"post\" action=\"/my-surveys/w-1/link\" novalidate>")
                .contains("<form method=\"post\" action=\"/my-surveys/w-2/link\" novalidate>")
                .doesNotContain("action=\"/my-surveys/w-3/link\"")
                .contains("Send me my link again<span class=\"govuk-visually-hidden\"> for Baseline</span>")
                .contains("You can ask again from 14:31.");
    }

    @Test
    void sendMyLinkAgainPostsAndRedirectsWithABannerAndARefusalIsExplainedOnTheList() throws Exception {
        stubMySurveys();
        API.stubFor(WireMock.post(urlEqualTo("/api/waves/invitations/mine/w-1/reissue")).willReturn(json("""
                {"waveId":"w-1","label":"baseline","closesAt":"2026-12-20T17:00:00Z","progress":"STARTED",
                 "linkReissuableFrom":"2026-12-07T14:31:00Z"}""").withStatus(202)));

        MvcResult sent = mvc.perform(post("/my-surveys/w-1/link").with(member()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my-surveys")).andReturn();

        assertThat(flash(sent)).isEqualTo("We have emailed you a new link for Baseline. The link in earlier emails no longer works.");
        API.verify(postRequestedFor(urlEqualTo("/api/waves/invitations/mine/w-1/reissue"))
                .withHeader("Authorization", matching("Bearer ey.+")));

        API.stubFor(WireMock.post(urlEqualTo("/api/waves/invitations/mine/w-2/reissue")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                {"status":429,"title":"Too many requests","detail":"Your link was sent again less than a minute ago. Check your email, or try again in a minute."}""")));
        String refused = mvc.perform(post("/my-surveys/w-2/link").with(member()).with(csrf()))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Your link was sent again less than a minute ago. Check your email, or try again in a minute.")
                .contains("<h1 class=\"govuk-heading-l\">My surveys</h1>");
        mvc.perform(post("/my-surveys/w-1/link").with(member())).andExpect(status().isForbidden()); // no CSRF field
    }

    @Test
    void theMemberPagesAreForMembersOnly() throws Exception {
        for (RequestPostProcessor staff : new RequestPostProcessor[] {manager(), coach()}) {
            for (String page : new String[] {"/my-collaborative", "/our-sessions", "/my-surveys"}) {
                String html = mvc.perform(get(page).with(staff)).andExpect(status().isForbidden())
                        .andReturn().getResponse().getContentAsString();
                assertThat(html).as(page).contains("You cannot see this page");
            }
        }
        mvc.perform(get("/my-collaborative").with(as("both", Role.COACH, Role.PARTICIPANT))).andExpect(status().isOk());
        mvc.perform(post("/my-surveys/w-1/link").with(manager()).with(csrf())).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlPathMatching("/api/waves/invitations/mine/.*")));
        mvc.perform(get("/my-collaborative")).andExpect(status().is3xxRedirection());
    }

    private static String session(String id, String title, long startsInHours, String status, String videoLink) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(startsInHours));
        return """
                {"id":"%s","cohortId":"cohort-1","collaborativeId":"col-1","coachId":"coach-1","type":"TEAM_COACHING","title":"%s",
                 "startsAt":"%s","endsAt":"%s","timeZone":"Europe/London","durationMinutes":60,"location":"Room 4",
                 "videoLink":%s,"inviteeIds":["p-me","p-2"],"seriesId":null,"status":"%s","cancelReason":null,"sequence":0,
                 "version":7,"logged":false,"logEditableUntil":null,"notHeldReason":null}"""
                .formatted(id, title, start, start.plus(Duration.ofHours(1)), videoLink == null ? "null" : "\"" + videoLink + "\"", status);
    }

    private static String action(String id, String sessionId, String description, String ownerId, String status, boolean overdue) {
        return """
                {"id":"%s","sessionId":"%s","collaborativeId":"col-1","description":"%s","ownerId":"%s","ownerName":null,
                 "ownerEmail":null,"dueDate":"2026-11-30","status":"%s","completedOn":%s,"overdue":%s,"mayChange":false,"version":1}"""
                .formatted(id, sessionId, description, ownerId, status, "DONE".equals(status) ? "\"2026-11-29\"" : "null", overdue);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
