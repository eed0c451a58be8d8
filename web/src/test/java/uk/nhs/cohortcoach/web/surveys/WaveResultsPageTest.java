package uk.nhs.cohortcoach.web.surveys;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.surveys.SurveyStubs.json;
import static uk.nhs.cohortcoach.web.surveys.SurveysPageTest.assertInOrder;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /surveys/{waveId}}: one wave's results as tables, never a hidden figure, by role, the trend, comments; no JavaScript. */
@PageTest
class WaveResultsPageTest {

    private static final String SHOWN = """
            {"suppressed":false,"note":null,"responses":%d,"components":[
              {"component":"LEADERSHIP","title":"Leadership","answers":24,"medianStage":"UNDERWAY",
               "sharePercent":{"NOT_YET_STARTED":0,"JUST_STARTED":25.0,"UNDERWAY":41.67,"SUBSTANTIAL_PROGRESS":33.33,"FULLY_EMBEDDED":0}},
              {"component":"DATA_AND_INSIGHT","title":"Data <and> insight","answers":24,"medianStage":"JUST_STARTED",
               "sharePercent":{"NOT_YET_STARTED":8.33,"JUST_STARTED":50.0,"UNDERWAY":41.67,"SUBSTANTIAL_PROGRESS":0,"FULLY_EMBEDDED":0}}]}""";
    private static final String FEW = """
            {"suppressed":true,"note":"fewer than 5","responses":null,"components":[]}""";
    private static final String PROTECTS = """
            {"suppressed":true,"note":"hidden so that another hidden figure cannot be worked out","responses":null,"components":[]}""";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        SurveyStubs.cohorts();
        SurveyStubs.frameworks();
        SurveyStubs.wave("w-open", "OPEN");
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-open/results")).willReturn(json("""
                {"waveId":"w-open","cohortId":"c1","label":"midpoint","frameworkId":"pha-maturity","frameworkNumber":2,
                 "cohort":{"collaborativeId":null,"name":"Phase 1","responseRate":{"invited":30,"submitted":16,"ratePercent":53.3,"suppressed":false},
                           "figures":%s},
                 "collaboratives":[
                   {"collaborativeId":"k-a","name":"Alder <ICS>","responseRate":{"invited":12,"submitted":9,"ratePercent":75.0,"suppressed":false},
                    "figures":%s},
                   {"collaborativeId":"k-b","name":"Birch","responseRate":{"invited":8,"submitted":3,"ratePercent":37.5,"suppressed":true,"note":"fewer than 5"},
                    "figures":%s},
                   {"collaborativeId":"k-c","name":"Cedar","responseRate":{"invited":10,"submitted":null,"ratePercent":null,"suppressed":true,
                     "note":"hidden so that another hidden figure cannot be worked out"},"figures":%s}],
                 "roles":[{"roleCategory":"CHAIR","figures":%s},{"roleCategory":"OTHER","figures":%s}]}"""
                .formatted(SHOWN.formatted(16), SHOWN.formatted(9), FEW, PROTECTS, SHOWN.formatted(6), FEW))));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-open/results/trend")).willReturn(json(trend("Whole cohort"))));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-open/results/trend?collaborativeId=k-a")).willReturn(json(trend("Alder"))));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-open/comments")).willReturn(json("""
                {"waveId":"w-open","collaboratives":[
                  {"collaborativeId":"k-a","name":"Alder <ICS>","suppressed":false,"comments":[{"component":"DATA_AND_INSIGHT","text":"We need <script>data</script>"}]},
                  {"collaborativeId":"k-b","name":"Birch","suppressed":true,"note":"fewer than 5","comments":[]}]}""")));
    }

    private static String trend(String name) {
        return """
                {"name":"%s","waves":[
                   {"waveId":"w-base","label":"baseline","opensAt":"2026-04-01T08:00:00Z","frameworkNumber":1,"suppressed":false},
                   {"waveId":"w-open","label":"midpoint","opensAt":"2026-11-02T09:00:00Z","frameworkNumber":2,"suppressed":true,"note":"fewer than 5"}],
                 "components":[{"component":"LEADERSHIP","title":"Leadership","points":[
                     {"waveId":"w-base","suppressed":false,"medianStage":"JUST_STARTED"},
                     {"waveId":"w-open","suppressed":true,"note":"fewer than 5"}],
                   "statements":[
                     {"statementId":"s1","text":"We lead","change":"KEPT","points":[]},
                     {"statementId":"s9","text":"We share data <openly>","change":"ADDED","points":[
                       {"waveId":"w-base","asked":false,"suppressed":false},{"waveId":"w-open","asked":true,"suppressed":true,"note":"fewer than 5"}]}]}]}"""
                .formatted(name);
    }

    @Test
    void theManagerSeesTheWaveItsActionsAndEveryTableWithHiddenFiguresReplacedByTheirReason() throws Exception {
        String html = mvc.perform(get("/surveys/w-open").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Midpoint survey: Phase 1 &lt;b&gt;North&lt;/b&gt; – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/surveys\" aria-current=\"page\">")
                .contains("<strong class=\"govuk-tag govuk-tag--green\" id=\"wave-status\">Open</strong>")
                .contains("<dd class=\"govuk-summary-list__value\">Population health maturity, version 2</dd>")
                .contains("13 December 2026 at 17:00 (to be sent)")
                .contains("<form method=\"post\" action=\"/surveys/w-open/reminders\" novalidate>")
                .contains("href=\"/surveys/w-open/close\" id=\"close-wave\">Close the wave</a>")
                .contains("href=\"/api/waves/w-open/results.csv\" download=\"wave-w-open-results.csv\">Download the results (CSV)</a>")
                .contains("role=\"region\" aria-label=\"Response rate by group\" tabindex=\"0\"")
                .contains("Alder &lt;ICS&gt;").doesNotContain("Alder <ICS>")
                .contains("Data &lt;and&gt; insight")
                .contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">75.0%</td>")
                .contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">41.7%</td>");
        // Birch's 3 responses came with its suppressed rate: the page never shows a hidden figure
        String birch = row(html, "Birch");
        assertThat(birch).contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">8</td>")
                .contains("app-suppressed\">fewer than 5</td>").doesNotContain(">3<").doesNotContain("37.5");
        assertThat(row(html, "Cedar")).contains("hidden so that another hidden figure cannot be worked out");
        assertThat(html).contains("Not shown, because they have fewer than 5 responses: Birch.")
                .contains("Not shown, so that a hidden figure cannot be worked out from the whole cohort minus the groups shown: Cedar (hidden so that another hidden figure cannot be worked out).")
                .contains("Alder &lt;ICS&gt;: share of answers at each stage (9 responses)")
                .doesNotContain("Birch: share of answers");
        // by leadership role
        assertThat(html).contains("<th scope=\"row\" class=\"govuk-table__header\">Chairs</th>")
                .contains("Not shown, because they have fewer than 5 responses: Other roles.");
        // the trend, whole cohort first, the hidden wave saying why, the statement added
        assertThat(html).contains("<option value=\"\" selected>Whole cohort</option>")
                .contains("Whole cohort: median stage by wave")
                .contains("Baseline (1 April 2026)").contains("Midpoint (2 November 2026)")
                .contains("Not shown, as in each wave’s results: Midpoint (fewer than 5).")
                .contains("We share data &lt;openly&gt;").contains("<td class=\"govuk-table__cell\">Added</td>").contains("Not asked")
                .doesNotContain(">We lead<");
        // comments, escaped
        assertInOrder(html, "id=\"comments\">Comments</h2>", "We need &lt;script&gt;data&lt;/script&gt;", "Not shown: fewer than 5.");
        assertThat(html).doesNotContain("<script>data").contains("href=\"/api/waves/w-open/comments.csv\"");
        API.verify(getRequestedFor(urlEqualTo("/api/waves/w-open/results")).withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void theTrendOfTheGroupChosenIsShownWithoutJavaScript() throws Exception {
        String html = mvc.perform(get("/surveys/w-open").queryParam("trend", "k-a").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<form method=\"get\" action=\"/surveys/w-open#trend\" novalidate>")
                .contains("<option value=\"k-a\" selected>Alder &lt;ICS&gt;</option>")
                .contains("Alder &lt;ICS&gt;: median stage by wave");
        API.verify(getRequestedFor(urlEqualTo("/api/waves/w-open/results/trend?collaborativeId=k-a")));
        API.verify(0, getRequestedFor(urlEqualTo("/api/waves/w-open/results/trend")));
    }

    @Test
    void aGroupThatIsNotOnThePageIsNotAskedForItsTrend() throws Exception {
        mvc.perform(get("/surveys/w-open").queryParam("trend", "k-elsewhere").with(manager())).andExpect(status().isOk());

        API.verify(getRequestedFor(urlEqualTo("/api/waves/w-open/results/trend")));
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/waves/w-open/results/trend")).withQueryParam("collaborativeId", matching(".*")));
    }

    @Test
    void aCoachSeesTheResultsButNeitherTheCommentsNorTheActions() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c1")).willReturn(WireMock.aResponse().withStatus(403)));

        String html = mvc.perform(get("/surveys/w-open").with(coach())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Midpoint survey: c1").contains("Response rates")
                .doesNotContain("/surveys/w-open/reminders").doesNotContain("/surveys/w-open/close").doesNotContain("id=\"comments\"")
                .doesNotContain("href=\"/surveys\""); // a coach's navigation has no surveys list
        API.verify(0, getRequestedFor(urlEqualTo("/api/waves/w-open/comments")));
    }

    @Test
    void someoneWhoDoesNotSeeTheWholeCohortIsToldWhyThereAreNoRoles() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-open/results")).willReturn(json("""
                {"waveId":"w-open","cohortId":"c1","label":"midpoint","frameworkId":"pha-maturity","frameworkNumber":2,"cohort":null,
                 "collaboratives":[{"collaborativeId":"k-b","name":"Birch","responseRate":{"invited":8,"submitted":null,"suppressed":true,"note":"fewer than 5"},
                   "figures":%s}],"roles":[]}""".formatted(FEW))));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-open/results/trend?collaborativeId=k-b")).willReturn(json(trend("Birch"))));

        String html = mvc.perform(get("/surveys/w-open").with(coach())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Shown only to those who can see the whole cohort.")
                .contains("No group can be shown yet. Each group says why.")
                .contains("<option value=\"k-b\" selected>Birch</option>");
    }

    @Test
    void theChartsAreDrawnFromTheTablesByAModuleServedWithChartJsWithoutSigningIn() throws Exception {
        String html = mvc.perform(get("/surveys/w-open").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<table class=\"govuk-table\" id=\"medians\" data-chart=\"rows\">")
                .contains("<table class=\"govuk-table\" id=\"roles\" data-chart=\"rows\">")
                .contains("<table class=\"govuk-table\" id=\"trend-table\" data-chart=\"columns\">")
                .contains("<script type=\"module\" src=\"/web-assets/js/init.mjs\"></script>")
                .doesNotContain("<canvas"); // no chart without JavaScript: the tables are the page
        assertThat(mvc.perform(get("/web-assets/js/init.mjs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("import('/web-assets/js/charts.mjs')");
        assertThat(mvc.perform(get("/web-assets/js/charts.mjs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("/webjars/chart.js/dist/chart.umd.min.js");
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
    }

    @Test
    void aMemberGetsTheNoAccessPage() throws Exception {
        mvc.perform(get("/surveys/w-open").with(as("member-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlEqualTo("/api/waves/w-open")));
    }

    @Test
    void aWaveTheApiDoesNotShowThisPersonIsPageNotFoundOrNoAccess() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-gone")).willReturn(WireMock.aResponse().withStatus(404)));
        API.stubFor(WireMock.get(urlEqualTo("/api/waves/w-other")).willReturn(WireMock.aResponse().withStatus(403)));

        mvc.perform(get("/surveys/w-gone").with(manager())).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/w-other").with(coach())).andExpect(status().isForbidden());
    }

    /** The table row whose header is {@code name}. */
    private static String row(String html, String name) {
        int header = html.indexOf("<th scope=\"row\" class=\"govuk-table__header\">" + name + "</th>");
        assertThat(header).as(name).isPositive();
        return html.substring(header, html.indexOf("</tr>", header));
    }
}
