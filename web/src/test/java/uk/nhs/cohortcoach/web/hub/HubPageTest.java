package uk.nhs.cohortcoach.web.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.hub.HubStubs.json;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /hub} and a resource's page: open to anyone, what hub-service gives the viewer, escaped, without JavaScript. */
@PageTest
class HubPageTest {

    private static final String TWO_FOUND = """
            {"items":[{"id":"r1","kind":"BOARD_RESOURCE","title":"<b>Board</b> questions & answers","summary":"For <i>boards</i>",
                       "components":["EMBEDDING_EQUITY"],"themes":["CORE20"],"audience":"EVERYONE","publishedAt":"2026-11-02T10:00:00Z"},
                      {"id":"r2","kind":"EVENT_RECORDING","title":"Webinar: equity in improvement","summary":"The recording",
                       "components":[],"themes":[],"audience":"MEMBERS","publishedAt":"2026-10-02T10:00:00Z"}],
             "total":45,"page":1,"size":20}""";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        HubStubs.taxonomy();
    }

    @Test
    void anyoneSignedOutBrowsesThePublishedResourcesWithKindTagTitleSummaryAndTagsEscaped() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/resources")).willReturn(json(TWO_FOUND)));

        String html = mvc.perform(get("/hub").param("page", "2")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Knowledge hub – Cohort Coach</title>")
                .contains("<strong class=\"govuk-tag govuk-tag--blue\">Board resource</strong>")
                .contains("<a class=\"govuk-link\" href=\"/hub/resources/r1\">&lt;b&gt;Board&lt;/b&gt; questions &amp; answers</a>")
                .doesNotContain("<b>Board</b>").doesNotContain("<i>boards</i>")
                .contains("Embedding equity").contains("Core20: the most deprived 20%")
                .contains("45 resources")
                .contains("<form method=\"get\" action=\"/hub\"")
                .contains("aria-label=\"Pages of resources\"")
                .contains("href=\"/hub?page=3\"").contains("href=\"/hub\"") // next, and the first page without a number
                .doesNotContain("<script type=\"module\" src=\"/web-assets/js/hub");
        API.verify(getRequestedFor(urlPathEqualTo("/api/resources")).withQueryParam("page", equalTo("1"))
                .withQueryParam("size", equalTo("20")).withHeader("Authorization", absent()));
    }

    @Test
    void theFiltersAndSearchGoToTheApiEncodedAndStayInEveryPagesLink() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/resources")).willReturn(json(TWO_FOUND)));

        String html = mvc.perform(get("/hub").with(as("member-1", Role.PARTICIPANT)).param("q", "board + {equity} & more")
                        .param("kind", "BOARD_RESOURCE").param("theme", "CORE20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        API.verify(getRequestedFor(urlPathEqualTo("/api/resources")).withQueryParam("q", equalTo("board + {equity} & more"))
                .withQueryParam("kind", equalTo("BOARD_RESOURCE")).withQueryParam("theme", equalTo("CORE20"))
                .withQueryParam("page", equalTo("0")).withHeader("Authorization", matching("Bearer ey.+")));
        assertThat(html).contains("value=\"board + {equity} &amp; more\"")
                .contains("<option value=\"BOARD_RESOURCE\" selected>Board resource</option>")
                .contains("href=\"/hub?q=board+%2B+%7Bequity%7D+%26+more&amp;kind=BOARD_RESOURCE&amp;theme=CORE20&amp;page=2\"")
                .contains("Clear search and filters")
                .contains("href=\"/hub\" aria-current=\"page\"") // "Knowledge hub" in a member's navigation
                .contains(">Knowledge hub</strong>");
    }

    @Test
    void nothingFoundSaysWhatToDo() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/resources")).willReturn(json("{\"items\":[],\"total\":0,\"page\":0,\"size\":20}")));

        String filtered = mvc.perform(get("/hub").param("q", "nothing like this")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String empty = mvc.perform(get("/hub")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(filtered).contains("No resources match your search")
                .contains("Try other words, choose fewer filters, or <a class=\"govuk-link\" href=\"/hub\">clear the search and filters</a>");
        assertThat(empty).contains("There are no resources yet").contains("href=\"/sign-in?next=/hub\"");
    }

    @Test
    void aResourcesPageShowsItsSanitisedBodyFilesLinksTagsAndRelatedOnes() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/resources/r1")).willReturn(json(
                HubStubs.resource("r1", "BOARD_RESOURCE", "<script>alert(1)</script> Board pack", "PUBLISHED"))));

        String html = mvc.perform(get("/hub/resources/r1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">&lt;script&gt;alert(1)&lt;/script&gt; Board pack</h1>")
                .doesNotContain("<script>alert(1)")
                .contains("<span class=\"govuk-caption-l\">Board resource</span>")
                .contains("<h2>Questions</h2><ul><li>Who is missing?</li></ul>") // hub-service's sanitised HTML, as HTML
                .contains("<a class=\"govuk-link\" href=\"/api/resources/r1/attachments/a1\" download>board-pack.pdf</a> <span class=\"govuk-body-s\">(PDF, 1.2 MB)</span>")
                .contains("href=\"https://www.england.nhs.uk/about/equality/")
                .doesNotContain("href=\"javascript:").contains("Bad link (javascript:alert(1))")
                .contains("href=\"/hub?component=EMBEDDING_EQUITY\"").contains("Embedding equity")
                .contains("<a class=\"govuk-link\" href=\"/hub/resources/r9\">Equity pause cards</a>")
                .doesNotContain("Change this resource"); // not a manager
    }

    @Test
    void anEventRecordingLinksTheRecordingWithItsLength() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/resources/r2")).willReturn(json(
                HubStubs.resource("r2", "EVENT_RECORDING", "Webinar", "PUBLISHED")
                        .replace("\"recording\":null", "\"recording\":{\"videoLink\":\"https://video.example.org/w/1\",\"durationMinutes\":65}"))));

        String html = mvc.perform(get("/hub/resources/r2").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a class=\"govuk-link\" href=\"https://video.example.org/w/1\" rel=\"noopener noreferrer\" id=\"recording-link\">Watch the recording")
                .contains("(1 hour 5 minutes)")
                .contains("<a class=\"govuk-link\" href=\"/hub/resources/r2/edit\">Change this resource</a>");
    }

    @Test
    void aResourceTheViewerMayNotSeeIsPageNotFound() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/resources/secret")).willReturn(HubStubs.problem(404, """
                {"title":"Not found","status":404,"detail":"No such resource"}""")));

        String html = mvc.perform(get("/hub/resources/secret")).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Page not found").doesNotContain("No such resource");
    }

    @Test
    void hubServiceDownIsTheServiceProblemPage() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/resources")).willReturn(HubStubs.problem(500, "{}")));

        String html = mvc.perform(get("/hub")).andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Sorry, there is a problem with the service");
    }
}
