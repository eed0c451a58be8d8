package uk.nhs.cohortcoach.web.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.hub.HubStubs.json;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /hub/insights/new}: a cohort's insights beside a digest whose body holds the counts only, never the surfaced words. */
@PageTest
class InsightDigestPageTest {

    private static final String INSIGHTS = """
            {"sessionsLogged":7,"collaboratives":3,
             "byComponent":[{"component":"SHARED_PURPOSE_AND_VISION","sessions":0},{"component":"PEOPLE_AND_CULTURE","sessions":2},
                            {"component":"EMBEDDING_EQUITY","sessions":5}],
             "equityPauses":{"held":4,"notHeld":3},
             "surfaced":["Carers <b>could not</b> attend evening sessions","Interpreters | were not booked"]}""";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        HubStubs.taxonomy();
        HubStubs.cohorts();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/sessions/cohorts/c2/insights")).willReturn(json(INSIGHTS)));
    }

    @Test
    void theInsightsAreTablesAndTheSurfacedWordsAreListedForReadingButNeverInTheDigestsBody() throws Exception {
        String html = mvc.perform(get("/hub/insights/new").param("cohortId", "c2").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("7 sessions logged with 3 collaboratives")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Embedding equity</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">5</td>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Not held</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>")
                .contains("<li>Carers &lt;b&gt;could not&lt;/b&gt; attend evening sessions</li>")
                .contains("<input type=\"hidden\" name=\"kind\" value=\"INSIGHT_DIGEST\">")
                .contains("| Embedding equity | 5 |").contains("| Held | 4 |")
                .contains("value=\"COHORT\" checked").contains("<option value=\"c2\" selected>Phase 2</option>")
                .contains("action=\"/hub/insights/c2\"");
        String body = html.substring(html.indexOf("id=\"body\""), html.indexOf("</textarea>", html.indexOf("id=\"body\"")));
        assertThat(body).doesNotContain("Carers").doesNotContain("could not").doesNotContain("Interpreters");
        API.verify(getRequestedFor(urlEqualTo("/api/sessions/cohorts/c2/insights")));
    }

    @Test
    void aPeriodGoesToCoachingServiceAndAPeriodThatIsNotRealIsRefusedOnTheField() throws Exception {
        mvc.perform(get("/hub/insights/new").param("cohortId", "c2").with(manager())
                        .param("from.day", "1").param("from.month", "9").param("from.year", "2026")
                        .param("to.day", "30").param("to.month", "11").param("to.year", "2026"))
                .andExpect(status().isOk());
        API.verify(getRequestedFor(urlPathEqualTo("/api/sessions/cohorts/c2/insights")).withQueryParam("from", equalTo("2026-09-01"))
                .withQueryParam("to", equalTo("2026-11-30")));

        String html = mvc.perform(get("/hub/insights/new").param("cohortId", "c2").with(manager())
                        .param("from.day", "31").param("from.month", "2").param("from.year", "2026"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<a href=\"#from-day\">Start date must be a real date</a>");
    }

    @Test
    void savingCreatesADraftDigestForTheCohortAndGoesToItsEditPage() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources")).willReturn(json(HubStubs.resource("d1", "INSIGHT_DIGEST", "Phase 2 digest", "DRAFT"))
                .withStatus(201)));

        MvcResult saved = mvc.perform(post("/hub/insights/c2").with(manager()).with(csrf())
                        .param("kind", "BOARD_RESOURCE") // a digest whatever is posted
                        .param("title", "Phase 2 digest").param("summary", "What the coaching found").param("body", "| Held | 4 |")
                        .param("audience", "COHORT").param("cohortId", "c2"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hub/resources/d1/edit")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/resources")).withRequestBody(matchingJsonPath("$.kind", equalTo("INSIGHT_DIGEST")))
                .withRequestBody(matchingJsonPath("$.audience", equalTo("COHORT"))).withRequestBody(matchingJsonPath("$.cohortId", equalTo("c2"))));
        assertThat(flash(saved)).isEqualTo("Phase 2 digest saved as a draft");
    }

    @Test
    void aRefusedDigestComesBackBesideTheSameInsightsWithWhatWasTyped() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources")).willReturn(HubStubs.problem(400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"title","message":"Enter a title"}]}""")));

        String html = mvc.perform(post("/hub/insights/c2").with(manager()).with(csrf())
                        .param("title", "").param("summary", "Kept summary").param("body", "My own words").param("audience", "COHORT"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#title\">Enter a title</a>").contains("Kept summary").contains("My own words</textarea>")
                .contains("7 sessions logged");
    }

    @Test
    void theCohortsPageLinksToItForManagers() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).willReturn(json("{\"items\":[],\"page\":0,\"size\":100,\"totalItems\":0,\"totalPages\":0}")));

        String html = mvc.perform(get("/cohorts/c2").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a class=\"govuk-link\" href=\"/hub/insights/new?cohortId=c2\" id=\"insight-digest-link\">");
    }
}
