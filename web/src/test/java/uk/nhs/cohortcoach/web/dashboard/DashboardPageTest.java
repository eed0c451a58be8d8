package uk.nhs.cohortcoach.web.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/**
 * {@code /dashboard}: what needs attention with where to act, then the progress and maturity tables, from four stubbed
 * requests (cohorts, collaboratives, the coaching and the survey summaries) whatever the number of collaboratives; no
 * JavaScript.
 */
@PageTest
class DashboardPageTest {

    static final String COHORTS = """
            {"items":[{"id":"c3","name":"Phase 3","phase":3,"startDate":"2027-04-01","endDate":"2028-03-31","status":"PLANNED","version":0},
                      {"id":"c2","name":"Phase 2 <em>South</em>","phase":2,"startDate":"2026-04-01","endDate":"2027-03-31","status":"ACTIVE","version":1}],
             "page":0,"size":100,"totalItems":2,"totalPages":1}""";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json(COHORTS)));
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives?cohortId=c2&size=100&sort=name")).willReturn(json("""
                {"items":[{"id":"k1","cohortId":"c2","name":"Acute <Alliance>","plannedCoachingHours":24,"coachIds":["coach-1"]},
                          {"id":"k2","cohortId":"c2","name":"Birch","plannedCoachingHours":0,"coachIds":["coach-2"]}],
                 "page":0,"size":200,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/summary/collaboratives?cohortId=c2")).willReturn(json(coachingSummary())));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/summary?cohortId=c2")).willReturn(json(surveySummary())));
    }

    static String coachingSummary() {
        return """
                {"cohortId":"c2","startDate":"2026-04-01","endDate":"2027-03-31","asOf":"2026-12-07",
                 "cohort":{"collaborativeId":null,"name":"Phase 2","hoursExpectedByNow":16.2,"logsOverdue":1,"overdueLogs":[],"attention":[],
                   "figures":{"sessionsPlanned":9,"sessionsDelivered":3,"sessionsNotHeld":0,"hoursDelivered":4.50,"hoursPlanned":24,
                     "attendees":7,"invitees":10,"attendanceRate":0.7,"equityPausesHeld":1,"openActions":5,"overdueActions":1}},
                 "collaboratives":[
                   {"collaborativeId":"k1","name":"Acute <Alliance>","hoursExpectedByNow":16.2,"logsOverdue":1,
                    "overdueLogs":[{"sessionId":"s-9","title":"Board <b>","startsAt":"2026-11-02T10:00:00Z","lockedAt":"2026-11-16T10:00:00Z"}],
                    "attention":[
                      {"reason":"LOG_OVERDUE","words":"The log of the session ‘Board <b>’ on 2 November 2026 was not written before it locked on 16 November 2026","sessionId":"s-9"},
                      {"reason":"HOURS_BEHIND_PLAN","words":"Coaching hours are behind plan: 4.5 hours delivered, 16.2 hours expected by now","sessionId":null},
                      {"reason":"ACTIONS_OVERDUE","words":"1 action is overdue","sessionId":null}],
                    "figures":{"sessionsPlanned":9,"sessionsDelivered":3,"sessionsNotHeld":0,"hoursDelivered":4.50,"hoursPlanned":24,
                      "attendees":7,"invitees":10,"attendanceRate":0.7,"equityPausesHeld":1,"openActions":5,"overdueActions":1}},
                   {"collaborativeId":"k2","name":"Birch","hoursExpectedByNow":null,"logsOverdue":0,"overdueLogs":[],"attention":[],
                    "figures":{"sessionsPlanned":0,"sessionsDelivered":0,"sessionsNotHeld":0,"hoursDelivered":0,"hoursPlanned":0,
                      "attendees":0,"invitees":0,"attendanceRate":null,"equityPausesHeld":0,"openActions":0,"overdueActions":0}}]}""";
    }

    static String surveySummary() {
        return """
                {"cohortId":"c2",
                 "wave":{"waveId":"w2","label":"midpoint","status":"OPEN","opensAt":"2026-11-20T09:00:00Z","closesAt":"2026-12-09T17:00:00Z",
                   "daysToClose":2,"previousWaveId":"w1","previousLabel":"baseline"},
                 "cohort":{"collaborativeId":null,"name":"Cohort","responseRate":{"invited":20,"submitted":9,"ratePercent":45.0,"suppressed":false},
                   "suppressed":false,"components":[{"component":"LEADERSHIP","title":"Leadership","medianStage":"UNDERWAY","previousMedianStage":"UNDERWAY","trend":"SAME"}],"attention":[]},
                 "collaboratives":[
                   {"collaborativeId":"k1","name":"Acute <Alliance>","responseRate":{"invited":12,"submitted":5,"ratePercent":41.7,"suppressed":false},
                    "suppressed":false,"components":[{"component":"LEADERSHIP","title":"Leadership","medianStage":"SUBSTANTIAL_PROGRESS","previousMedianStage":"JUST_STARTED","trend":"UP"}],
                    "attention":[{"reason":"RESPONSE_RATE_LOW","words":"The response rate is 41.7% and the survey closes in 2 days"}]},
                   {"collaborativeId":"k2","name":"Birch","responseRate":{"invited":8,"submitted":null,"ratePercent":null,"suppressed":true,"note":"fewer than 5"},
                    "suppressed":true,"note":"fewer than 5","components":[{"component":"LEADERSHIP","title":"Leadership","medianStage":null,"previousMedianStage":null,"trend":null}],
                    "attention":[{"reason":"TOO_FEW_RESPONSES","words":"Fewer than 5 have answered and the survey closes in 2 days: its results will not be shown"}]}]}""";
    }

    @Test
    void showsWhatNeedsAttentionWithWhereToActAboveTheTablesOfTheActiveCohort() throws Exception {
        String html = page("/dashboard");

        assertThat(html).contains("<title>Dashboard – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/dashboard\" aria-current=\"page\">")
                .contains("<option value=\"c2\" selected>Phase 2 &lt;em&gt;South&lt;/em&gt; (active)</option>")
                .contains("Phase 2, 1 April 2026 to 31 March 2027. 2 collaboratives.")
                .doesNotContain("<Alliance>").doesNotContain("<em>South").doesNotContain("<b>");
        assertThat(html.indexOf("Needs your attention")).isLessThan(html.indexOf("id=\"progress-table\""));
        String attention = html.substring(html.indexOf("id=\"attention-list\""), html.indexOf("</ul>", html.indexOf("id=\"attention-list\"")));
        assertThat(attention)
                .contains("<strong>Acute &lt;Alliance&gt;</strong>: The log of the session ‘Board &lt;b&gt;’ on 2 November 2026 was not written "
                        + "before it locked on 16 November 2026. <a class=\"govuk-link\" href=\"/sessions/s-9\">Reopen the log")
                .contains("Coaching hours are behind plan: 4.5 hours delivered, 16.2 hours expected by now. "
                        + "<a class=\"govuk-link\" href=\"/collaboratives/k1\">See the collaborative")
                .contains("1 action is overdue. <a class=\"govuk-link\" href=\"/actions\">See the actions")
                .contains("The response rate is 41.7% and the survey closes in 2 days. <a class=\"govuk-link\" href=\"/surveys/w2\">See the survey")
                .contains("<strong>Birch</strong>: Fewer than 5 have answered and the survey closes in 2 days: its results will not be shown.");

        String acute = row(html, ">Acute &lt;Alliance&gt;</a>");
        assertThat(acute).contains(">4.5 of 24</td>").contains(">16.2</td>").contains(">3 of 9</td>").contains(">70% (7 of 10)</td>")
                .contains(">33% (1 of 3)</td>").contains(">1 of 5 open</td>").contains(">1</td>").contains(">41.7% (5 of 12)</td>");
        // no plan and nothing delivered: said in words, never "0 of 0"
        String birch = row(html, ">Birch</a>");
        assertThat(birch).contains(">No plan set</td>").contains(">None planned</td>").contains(">No sessions delivered</td>").contains(">None open</td>")
                .contains("fewer than 5 answered of 8 invited").doesNotContain("0 of 0");
        assertThat(row(html, "id=\"cohort-totals\"")).contains(">4.5 of 24</td>").contains(">45.0% (9 of 20)</td>");
        assertThat(html).contains("Response rate, Midpoint").contains("The trend is against the baseline wave.")
                .contains("<table class=\"govuk-table\" id=\"maturity-table\" data-chart=\"rows\">")
                .contains("<td class=\"govuk-table__cell\" data-stage=\"Substantial progress\">Substantial progress, up from Just started</td>")
                .contains("<td class=\"govuk-table__cell\" data-stage=\"Underway\">Underway, no change</td>")
                .contains("<td class=\"govuk-table__cell app-suppressed\">Not shown: fewer than 5</td>");
        API.verify(getRequestedFor(urlEqualTo("/api/sessions/summary/collaboratives?cohortId=c2")).withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void theProgressTableCarriesItsFiguresAsPerCentsForTheChartButNoneWhereThereIsNoPlanNothingDeliveredOrTheRateIsHidden() throws Exception {
        String html = page("/dashboard");

        assertThat(html).contains("<table class=\"govuk-table\" id=\"progress-table\" data-chart=\"columns\" data-chart-unit=\"percent\">")
                .contains("data-chart-label=\"Coaching hours delivered, % of plan\">Coaching hours delivered of planned</th>");
        // 4.5 of 24 hours, 16.2 of 24 expected, 3 of 9 sessions, 7 of 10 attended, 1 of 3 with a pause, 41.7% answered
        assertThat(row(html, ">Acute &lt;Alliance&gt;</a>")).contains("data-value=\"19\">4.5 of 24</td>").contains("data-value=\"68\">16.2</td>")
                .contains("data-value=\"33\">3 of 9</td>").contains("data-value=\"70\">70% (7 of 10)</td>")
                .contains("data-value=\"33\">33% (1 of 3)</td>").contains("data-value=\"42\">41.7% (5 of 12)</td>")
                .contains("numeric\">1 of 5 open</td>");
        // a figure the table says in words (no plan, nothing delivered, fewer than 5 answered) gives the chart nothing to draw
        assertThat(row(html, ">Birch</a>")).doesNotContain("data-value");
        assertThat(row(html, "id=\"cohort-totals\"")).contains("data-value=\"45\">45.0% (9 of 20)</td>");
    }

    @ParameterizedTest(name = "{0} collaboratives")
    @ValueSource(ints = {1, 10})
    void makesFourRequestsWhateverTheNumberOfCollaboratives(int count) throws Exception {
        String items = IntStream.rangeClosed(1, count).mapToObj(i -> "{\"id\":\"k" + i + "\",\"cohortId\":\"c2\",\"name\":\"Team " + i + "\"}")
                .collect(Collectors.joining(","));
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives?cohortId=c2&size=100&sort=name")).willReturn(json(
                "{\"items\":[" + items + "],\"page\":0,\"size\":100,\"totalItems\":" + count + ",\"totalPages\":1}")));
        API.resetRequests();

        String html = page("/dashboard");

        assertThat(html).contains(">Team " + count + "</a>");
        assertThat(API.findAll(anyRequestedFor(anyUrl()))).hasSize(4);
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/cohorts")));
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/collaboratives")));
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/sessions/summary/collaboratives")));
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/waves/summary")));
    }

    @Test
    void aSummaryThatCannotBeHadSaysNotAvailableAndThePageStillShows() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/summary/collaboratives?cohortId=c2")).willReturn(aResponse().withStatus(503)));

        String html = page("/dashboard");

        assertThat(html).contains("The coaching figures are not available just now.");
        assertThat(row(html, ">Birch</a>")).contains(">Not available</td>").contains("fewer than 5 answered of 8 invited");
        assertThat(html).contains("The response rate is 41.7% and the survey closes in 2 days");
    }

    @Test
    void withNothingFlaggedItSaysSo() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/summary/collaboratives?cohortId=c2")).willReturn(json(coachingSummary()
                .replaceAll("\"attention\":\\[[^\\]]*\\]", "\"attention\":[]"))));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/summary?cohortId=c2")).willReturn(json("""
                {"cohortId":"c2","wave":null,"cohort":null,"collaboratives":[]}""")));

        String html = page("/dashboard");

        assertThat(html).contains("<p class=\"govuk-body\" id=\"attention-none\">Nothing needs your attention.</p>")
                .contains("No survey wave has been opened for this cohort yet. <a class=\"govuk-link\" href=\"/surveys\">Open a wave</a>");
        assertThat(row(html, ">Birch</a>")).contains(">No survey yet</td>");
    }

    @Test
    void anotherCohortCanBeChosenWithoutJavaScriptAndOneWithoutCollaborativesAsksForNoSummaries() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives?cohortId=c3&size=100&sort=name")).willReturn(json("""
                {"items":[],"page":0,"size":200,"totalItems":0,"totalPages":0}""")));

        String html = page("/dashboard?cohortId=c3");

        assertThat(html).contains("<option value=\"c3\" selected>Phase 3 (planned)</option>")
                .contains("No collaborative is enrolled in this cohort yet.");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/sessions/summary/collaboratives")));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/waves/summary")));
    }

    @Test
    void withoutCohortsItOffersToCreateOne() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json("""
                {"items":[],"page":0,"size":100,"totalItems":0,"totalPages":0}""")));

        assertThat(page("/dashboard")).contains("There are no cohorts yet. <a class=\"govuk-link\" href=\"/cohorts\">Create a cohort</a>");
    }

    @Test
    void aCoachGetsTheNoAccessPage() throws Exception {
        mvc.perform(get("/dashboard").with(coach())).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/cohorts")));
    }

    @Test
    void theOldDashboardAddressMovedPermanentlyKeepingTheCohort() throws Exception {
        mvc.perform(get("/admin/")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/dashboard"));
        mvc.perform(get("/admin/").queryParam("cohortId", "c 2&x")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/dashboard?cohortId=c%202%26x"));
        mvc.perform(get("/admin/index.html")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/dashboard"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as("the row with " + marker).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
