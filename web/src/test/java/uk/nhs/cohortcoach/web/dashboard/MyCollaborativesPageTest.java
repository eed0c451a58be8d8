package uk.nhs.cohortcoach.web.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.dashboard.DashboardPageTest.json;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /my-collaboratives}: a coach's collaboratives with their figures and what needs attention; coaches only. */
@PageTest
class MyCollaborativesPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json(DashboardPageTest.COHORTS)));
        // cohort-service lists both; only k1 is coached by coach-1 (the services' answers for a coach hold only theirs)
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives?cohortId=c2&size=100&sort=name")).willReturn(json("""
                {"items":[{"id":"k1","cohortId":"c2","name":"Acute <Alliance>","plannedCoachingHours":24,"coachIds":["coach-1"]},
                          {"id":"k2","cohortId":"c2","name":"Birch","plannedCoachingHours":0,"coachIds":["coach-2"]}],
                 "page":0,"size":200,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/sessions/summary/collaboratives?cohortId=c2")).willReturn(json(DashboardPageTest.coachingSummary())));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/summary?cohortId=c2")).willReturn(json(DashboardPageTest.surveySummary())));
    }

    @Test
    void showsEachCollaborativeTheCoachCoachesWithItsFiguresAndWhatNeedsAttention() throws Exception {
        String html = mvc.perform(get("/my-collaboratives").with(coach())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("<title>My collaboratives – Cohort Coach</title>")
                .contains("href=\"/my-collaboratives\" aria-current=\"page\">")
                .contains("<h2 class=\"govuk-heading-m\" id=\"collaborative-k1\">Acute &lt;Alliance&gt;</h2>")
                .doesNotContain("Birch").doesNotContain("<Alliance>").doesNotContain("<b>")
                .contains("The log of the session ‘Board &lt;b&gt;’ on 2 November 2026 was not written before it locked on 16 November 2026. "
                        + "<a class=\"govuk-link\" href=\"/sessions/s-9\">See the session")
                .contains("Coaching hours are behind plan: 4.5 hours delivered, 16.2 hours expected by now. "
                        + "<a class=\"govuk-link\" href=\"/my-sessions\">See your sessions")
                .contains("<dt class=\"govuk-summary-list__key\">Coaching hours delivered of planned</dt>")
                .contains("<dd class=\"govuk-summary-list__value\">4.5 of 24</dd>")
                .contains("<dd class=\"govuk-summary-list__value\">70% (7 of 10)</dd>")
                .contains("<dd class=\"govuk-summary-list__value\">33% (1 of 3)</dd>")
                .contains("<dd class=\"govuk-summary-list__value\">1 of 5 open</dd>")
                .contains("<dd class=\"govuk-summary-list__value\">41.7% (5 of 12)</dd>")
                .contains("data-stage=\"Substantial progress\">Substantial progress, up from Just started</td>")
                .doesNotContain("/collaboratives/k1"); // a manager's page
        assertThat(API.findAll(anyRequestedFor(anyUrl()))).hasSize(4);
    }

    @Test
    void aCoachOfNoCollaborativeInTheCohortIsToldSoAndNoSummaryIsAsked() throws Exception {
        String html = mvc.perform(get("/my-collaboratives").with(as("coach-9", Role.COACH))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(html).contains("You do not coach a collaborative in this cohort.");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/sessions/summary/collaboratives")));
    }

    @Test
    void managersAndMembersGetTheNoAccessPage() throws Exception {
        mvc.perform(get("/my-collaboratives").with(manager())).andExpect(status().isForbidden());
        mvc.perform(get("/my-collaboratives").with(as("p-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/cohorts")));
    }
}
