package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.json;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.session;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** The coach's "My sessions" ({@code /my-sessions}) rendered from stubbed APIs, no browser, no JavaScript. */
@PageTest
class MySessionsPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        CoachingStubs.stubDirectory();
        // from today: one to come, one that started two hours ago (past, not logged, open for its log)
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions")).withQueryParam("to", absent()).willReturn(json("""
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}"""
                .formatted(session("s-now", "This morning's <review>", "coach-1", -2, "SCHEDULED", false),
                        session("s-next", "Next steps", "coach-1", 48, "SCHEDULED", false)))));
        // the 89 days before: one logged, one cancelled
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions")).withQueryParam("to", matching(".+")).willReturn(json("""
                {"items":[%s,%s],"page":0,"size":100,"totalItems":2,"totalPages":1}"""
                .formatted(session("s-logged", "Kick-off", "coach-1", -72, "SCHEDULED", true),
                        session("s-off", "Called off", "coach-1", -96, "CANCELLED", false)))));
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/feeds")).willReturn(json("[]")));
    }

    @Test
    void needsYourLogComesFirstOldestFirstSayingWhenEachLocksThenUpcomingThenRecentlyLogged() throws Exception {
        // the 89 days before also hold one never logged that started 13 days ago (locks within a day) and one locked (15 days ago)
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions")).withQueryParam("to", matching(".+")).willReturn(json("""
                {"items":[%s,%s,%s,%s],"page":0,"size":100,"totalItems":4,"totalPages":1}"""
                .formatted(session("s-locked", "Too late", "coach-1", -15 * 24, "SCHEDULED", false),
                        session("s-old", "Thirteen days ago", "coach-1", -13 * 24 - 1, "SCHEDULED", false),
                        session("s-off", "Called off", "coach-1", -96, "CANCELLED", false),
                        session("s-logged", "Kick-off", "coach-1", -72, "SCHEDULED", true)))));

        String html = mvc.perform(get("/my-sessions").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>My sessions – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/my-sessions\" aria-current=\"page\">")
                .contains("role=\"region\" aria-label=\"Sessions that need your log, oldest first\" tabindex=\"0\"")
                .contains("role=\"region\" aria-label=\"My upcoming sessions, soonest first\" tabindex=\"0\"")
                .contains("role=\"region\" aria-label=\"Sessions I logged in the last 90 days, latest first\" tabindex=\"0\"")
                .contains("This morning's &lt;review&gt;").doesNotContain("<review>")
                .contains("North &lt;Team&gt;")
                .contains("<a class=\"govuk-link\" href=\"/sessions/s-now/log\">Write the log")
                .contains("<a class=\"govuk-link\" href=\"/sessions/s-old/log\">Write the log")
                .doesNotContain("/sessions/s-locked/log").doesNotContain("/sessions/s-logged/log").doesNotContain("/sessions/s-off/log")
                .containsPattern("<strong class=\"govuk-tag govuk-tag--red\">Log locks (today|tomorrow) at \\d\\d:\\d\\d</strong>")
                .containsPattern("<strong class=\"govuk-tag govuk-tag--yellow\">Log locks in 1[34] days</strong>")
                .contains("<strong class=\"govuk-tag govuk-tag--grey\">Log locked on ")
                .contains("Ask a programme manager to reopen it if you still need to write it.")
                .contains("<strong class=\"govuk-tag govuk-tag--green\">Logged</strong>")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Cancelled</strong>")
                .contains("<strong class=\"govuk-tag govuk-tag--blue\">Scheduled</strong>")
                .contains("href=\"/my-sessions/held\"")
                .contains("<form method=\"post\" action=\"/my-sessions/feed\" novalidate>");
        // needs your log (oldest first: locked, thirteen days ago, this morning), upcoming, recently logged, cancelled
        int locked = html.indexOf("href=\"/sessions/s-locked\"");
        int old = html.indexOf("href=\"/sessions/s-old\"");
        int now = html.indexOf("href=\"/sessions/s-now\"");
        int next = html.indexOf("href=\"/sessions/s-next\"");
        int logged = html.indexOf("href=\"/sessions/s-logged\"");
        int off = html.indexOf("href=\"/sessions/s-off\"");
        assertThat(html.indexOf("id=\"needs-log\"")).isPositive().isLessThan(locked);
        assertThat(locked).isLessThan(old);
        assertThat(old).isLessThan(now);
        assertThat(now).isLessThan(html.indexOf("id=\"upcoming\""));
        assertThat(html.indexOf("id=\"upcoming\"")).isLessThan(next);
        assertThat(next).isLessThan(html.indexOf("id=\"logged\""));
        assertThat(html.indexOf("id=\"logged\"")).isLessThan(logged);
        assertThat(logged).isLessThan(off);
        API.verify(getRequestedFor(urlPathEqualTo("/api/sessions")).withQueryParam("coachId", equalTo("coach-1"))
                .withQueryParam("to", matching(".+")).withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void thePageAsksTheSameFewRequestsWithOnePastSessionAsWithTwenty() throws Exception {
        int withOne = requestsFor(1);
        int withTwenty = requestsFor(20);

        assertThat(withOne).isEqualTo(withTwenty).as("two session lists, collaboratives, feeds").isEqualTo(4);
    }

    private int requestsFor(int pastSessions) throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < pastSessions; i++) {
            items.append(i == 0 ? "" : ",").append(session("s-past-" + i, "Past " + i, "coach-1", -24L * (i + 1), "SCHEDULED", i % 2 == 0));
        }
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions")).withQueryParam("to", matching(".+")).willReturn(json("""
                {"items":[%s],"page":0,"size":100,"totalItems":%d,"totalPages":1}""".formatted(items, pastSessions))));
        API.resetRequests();
        String html = mvc.perform(get("/my-sessions").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/sessions/s-past-" + (pastSessions - 1) + "\"");
        return (int) API.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/api/")).count();
    }

    @Test
    void theFeedAddressIsMadeAndShownOnceAtThePlatformsPublicAddressWhateverTheRequestSaysItsHostIs() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/feeds")).willReturn(json("""
                {"id":"f1","kind":"COACH","subjectId":"coach-1","createdAt":"2026-12-07T09:00:00Z","url":"/api/sessions/feeds/tok123.ics"}""")));

        String html = mvc.perform(post("/my-sessions/feed").with(coach()).with(csrf())
                        .header("Host", "evil.example").header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "evil.example"))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"https://coach.example.nhs.uk/api/sessions/feeds/tok123.ics\"")
                .contains("it is shown only once");
        API.verify(postRequestedFor(urlEqualTo("/api/sessions/feeds")).withRequestBody(equalToJson("""
                {"kind":"COACH","subjectId":"coach-1"}""")));
    }

    @Test
    void replacingAnExistingFeedAsksFirstThenRevokesTheOldOne() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/feeds")).willReturn(json("""
                [{"id":"old","kind":"COACH","subjectId":"coach-1","createdAt":"2026-11-01T09:30:00Z"},
                 {"id":"theirs","kind":"COLLABORATIVE","subjectId":"col-1","createdAt":"2026-11-01T09:30:00Z"}]""")));
        API.stubFor(WireMock.delete(urlEqualTo("/api/sessions/feeds/old")).willReturn(WireMock.aResponse().withStatus(204)));
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/feeds")).willReturn(json("""
                {"id":"f2","kind":"COACH","subjectId":"coach-1","createdAt":"2026-12-07T09:00:00Z","url":"/api/sessions/feeds/new.ics"}""")));

        String list = mvc.perform(get("/my-sessions").with(coach())).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("You have a calendar feed, made 1 November 2026 at 09:30.")
                .contains("href=\"/my-sessions/feed/new\">Make a new address</a>")
                .doesNotContain("action=\"/my-sessions/feed\"");

        String confirm = mvc.perform(get("/my-sessions/feed/new").with(coach())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to replace your calendar feed address?")
                .contains("<form method=\"post\" action=\"/my-sessions/feed\" novalidate>")
                .contains("govuk-button--warning");
        API.verify(0, deleteRequestedFor(urlEqualTo("/api/sessions/feeds/old")));

        mvc.perform(post("/my-sessions/feed").with(coach()).with(csrf())).andExpect(status().isOk());
        API.verify(deleteRequestedFor(urlEqualTo("/api/sessions/feeds/old")));
        API.verify(0, deleteRequestedFor(urlEqualTo("/api/sessions/feeds/theirs")));
    }

    @Test
    void aProgrammeManagerGetsTheNoAccessPageAndNoSessionsAreAsked() throws Exception {
        mvc.perform(get("/my-sessions").with(manager())).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/sessions")));
    }

    @Test
    void theOldAddressesMovedPermanently() throws Exception {
        mvc.perform(get("/admin/my-sessions")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/my-sessions"));
        mvc.perform(get("/admin/session").queryParam("id", "s 1")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/sessions/s%201"));
    }
}
