package uk.nhs.cohortcoach.web.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /dashboard}: one cohort's progress and maturity as tables, from three stubbed services; no JavaScript. */
@PageTest
class DashboardPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json("""
                {"items":[{"id":"c3","name":"Phase 3","phase":3,"startDate":"2027-04-01","endDate":"2028-03-31","status":"PLANNED","version":0},
                          {"id":"c2","name":"Phase 2 <em>South</em>","phase":2,"startDate":"2026-04-01","endDate":"2027-03-31","status":"ACTIVE","version":1}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives?cohortId=c2&size=100&sort=name")).willReturn(json("""
                {"items":[{"id":"k1","cohortId":"c2","name":"Acute <Alliance>","plannedCoachingHours":24},
                          {"id":"k2","cohortId":"c2","name":"Birch","plannedCoachingHours":12}],"page":0,"size":200,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/summary?collaborativeId=k1")).willReturn(json("""
                {"sessionsPlanned":6,"sessionsDelivered":2,"sessionsCancelled":0,"sessionsNotHeld":0,"hoursDelivered":3.50,"hoursPlanned":24,
                 "openActions":4,"overdueActions":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/summary?collaborativeId=k2")).willReturn(aResponse().withStatus(503)));
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/summary?cohortId=c2")).willReturn(json("""
                {"sessionsPlanned":9,"sessionsDelivered":2,"hoursDelivered":3.00,"hoursPlanned":36,"openActions":5,"overdueActions":1}""")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/waves")).withQueryParam("cohortId", WireMock.equalTo("c2")).willReturn(json("""
                {"items":[{"id":"w9","cohortId":"c2","label":"end","frameworkId":"f","frameworkNumber":1,"opensAt":"2030-07-01T08:00:00Z",
                           "closesAt":"2030-07-15T16:00:00Z","status":"SCHEDULED","reminders":[]},
                          {"id":"w1","cohortId":"c2","label":"baseline","frameworkId":"f","frameworkNumber":1,"opensAt":"2026-05-01T08:00:00Z",
                           "closesAt":"2026-05-15T16:00:00Z","status":"CLOSED","reminders":[]}],"page":0,"size":100,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w1/results")).willReturn(json("""
                {"waveId":"w1","cohortId":"c2","label":"baseline","frameworkId":"f","frameworkNumber":1,
                 "cohort":{"collaborativeId":null,"name":"Phase 2","responseRate":{"invited":20,"submitted":9,"ratePercent":45.0,"suppressed":false},
                   "figures":{"suppressed":false,"responses":9,"components":[{"component":"LEADERSHIP","title":"Leadership","answers":18,"medianStage":"UNDERWAY"}]}},
                 "collaboratives":[
                   {"collaborativeId":"k1","name":"Acute <Alliance>","responseRate":{"invited":12,"submitted":6,"ratePercent":50.0,"suppressed":false},
                    "figures":{"suppressed":false,"responses":6,"components":[{"component":"LEADERSHIP","title":"Leadership","answers":12,"medianStage":"SUBSTANTIAL_PROGRESS"}]}},
                   {"collaborativeId":"k2","name":"Birch","responseRate":{"invited":8,"submitted":3,"ratePercent":37.5,"suppressed":true,"note":"fewer than 5"},
                    "figures":{"suppressed":true,"note":"fewer than 5","components":[]}}],"roles":[]}""")));
    }

    @Test
    void showsTheActiveCohortsProgressAndItsLatestOpenedWavesMaturityHidingSmallGroups() throws Exception {
        String html = mvc.perform(get("/dashboard").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Dashboard – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/dashboard\" aria-current=\"page\">")
                .contains("<form method=\"get\" action=\"/dashboard\" novalidate id=\"choose-cohort\">")
                .contains("<option value=\"c2\" selected>Phase 2 &lt;em&gt;South&lt;/em&gt; (active)</option>")
                .contains("Phase 2, 1 April 2026 to 31 March 2027. 2 collaboratives.")
                .contains("Acute &lt;Alliance&gt;").doesNotContain("<Alliance>").doesNotContain("<em>South")
                .contains("role=\"region\" aria-label=\"Progress of each collaborative\" tabindex=\"0\"")
                .contains(">2 of 6</td>").contains(">3.5 of 24</td>").contains(">4 (1 overdue)</td>").contains(">50.0% (6 of 12)</td>")
                .contains("Response rate, Baseline")
                // the whole cohort's line
                .contains(">2 of 9</td>").contains(">3 of 36</td>").contains(">45.0% (9 of 20)</td>")
                // the scheduled wave has no results: the latest opened one is shown
                .contains("href=\"/surveys/w1\">Baseline</a>, closed")
                .contains("Not shown, because they have fewer than 5 responses: Birch.")
                .contains("<td class=\"govuk-table__cell\">Substantial progress</td>").contains("<td class=\"govuk-table__cell\">Underway</td>")
                .contains("Not shown: fewer than 5");
        // Birch: its coaching figures could not be had, and its 3 responses are hidden
        String birch = html.substring(html.indexOf(">Birch</a>"), html.indexOf("</tr>", html.indexOf(">Birch</a>")));
        assertThat(birch).contains("Not available").contains("fewer than 5 answered of 8 invited").doesNotContain("37.5").doesNotContain(">3<");
        API.verify(getRequestedFor(urlEqualTo("/api/sessions/summary?collaborativeId=k1")).withHeader("Authorization", matching("Bearer ey.+")));
        API.verify(0, getRequestedFor(urlEqualTo("/api/waves/w9/results")));
    }

    @Test
    void anotherCohortCanBeChosenWithoutJavaScript() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives?cohortId=c3&size=100&sort=name")).willReturn(json("""
                {"items":[],"page":0,"size":200,"totalItems":0,"totalPages":0}""")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/waves")).withQueryParam("cohortId", WireMock.equalTo("c3")).willReturn(json("""
                {"items":[],"page":0,"size":100,"totalItems":0,"totalPages":0}""")));

        String html = mvc.perform(get("/dashboard").queryParam("cohortId", "c3").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<option value=\"c3\" selected>Phase 3 (planned)</option>")
                .contains("No collaborative is enrolled in this cohort yet.")
                .contains("No survey wave has been opened for this cohort yet. <a class=\"govuk-link\" href=\"/surveys\">Open a wave</a>");
        API.verify(0, getRequestedFor(urlEqualTo("/api/sessions/summary?cohortId=c3")));
    }

    @Test
    void withoutCohortsItOffersToCreateOne() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json("""
                {"items":[],"page":0,"size":100,"totalItems":0,"totalPages":0}""")));

        String html = mvc.perform(get("/dashboard").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("There are no cohorts yet. <a class=\"govuk-link\" href=\"/cohorts\">Create a cohort</a>");
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

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
