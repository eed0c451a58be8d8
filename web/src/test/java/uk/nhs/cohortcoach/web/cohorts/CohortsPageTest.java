package uk.nhs.cohortcoach.web.cohorts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** The reference page: {@code /cohorts} rendered from a stubbed cohort-service, no browser, no JavaScript. */
@PageTest
class CohortsPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                {"items":[{"id":"c2","name":"Phase 2 <script>alert(1)</script>","phase":2,"description":null,
                  "startDate":"2026-04-01","endDate":"2027-03-31","status":"ACTIVE","version":3}],
                 "page":0,"size":100,"totalItems":1,"totalPages":1}""")));
    }

    @Test
    void listsTheCohortsFromTheApiCalledWithThePersonsTokenAndCorrelationId() throws Exception {
        MvcResult result = mvc.perform(get("/cohorts").with(manager()).header("X-Correlation-Id", "page-test-1"))
                .andExpect(status().isOk())
                .andReturn();
        String html = result.getResponse().getContentAsString();

        assertThat(html).contains("<title>Cohorts – Cohort Coach</title>")
                .contains("class=\"govuk-skip-link\"")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/cohorts\" aria-current=\"page\">")
                .contains("Phase 2 &lt;script&gt;alert(1)&lt;/script&gt;") // escaped by the template engine
                .doesNotContain("<script>alert(1)")
                .contains("1 April 2026").contains("31 March 2027").contains("Active")
                .contains("role=\"region\" aria-label=\"Cohorts\" tabindex=\"0\"")
                .contains("<a class=\"govuk-link\" href=\"/cohorts/c2/delete\">Delete")
                .contains("<form method=\"post\" action=\"/cohorts\" novalidate>")
                .contains("name=\"_csrf\"")
                .contains("id=\"startDate-day\" name=\"startDate.day\"")
                .doesNotContain("govuk-error-summary")
                .doesNotContain("Bearer");
        API.verify(getRequestedFor(urlPathEqualTo("/api/cohorts"))
                .withHeader("Authorization", matching("Bearer ey.+"))
                .withHeader("X-Correlation-Id", equalTo("page-test-1")));
    }

    @Test
    void refusalsAreShownInFormOrderLinkingToTheirFieldsWithWhatWasTyped() throws Exception {
        // the API lists its errors in its own order; the page shows them in the form's
        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"https://cohort-coach.nhs.uk/problems/validation","title":"Invalid request","status":400,
                         "detail":"The request has invalid values.",
                         "errors":[{"field":"startDate","message":"Enter the start date"},
                                   {"field":"name","message":"Enter a name"}]}""")));

        String html = mvc.perform(post("/cohorts").with(manager()).with(csrf())
                        .param("name", "").param("phase", "3")
                        .param("endDate.day", "31").param("endDate.month", "3").param("endDate.year", "2028"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Cohorts – Cohort Coach</title>")
                .contains("class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"");
        assertThat(html.indexOf("<a href=\"#name\">Enter a name</a>")).isPositive()
                .isLessThan(html.indexOf("<a href=\"#startDate-day\">Enter the start date</a>"));
        assertThat(html).contains("<p id=\"name-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a name</p>")
                .contains("govuk-input govuk-input--error\" id=\"name\"")
                .contains("<p id=\"startDate-error\" class=\"govuk-error-message\">")
                .contains("id=\"endDate-day\" name=\"endDate.day\" type=\"text\" inputmode=\"numeric\" value=\"31\"")
                .contains("value=\"2028\"");
        API.verify(postRequestedFor(urlEqualTo("/api/cohorts")).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("""
                        {"name":"","phase":3,"description":null,"startDate":null,"endDate":"2028-03-31"}""")));
    }

    @Test
    void aDateThatIsNotRealIsRefusedBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(post("/cohorts").with(manager()).with(csrf()).param("name", "Phase 3").param("phase", "three")
                        .param("startDate.day", "31").param("startDate.month", "2").param("startDate.year", "2027")
                        .param("endDate.day", "1").param("endDate.year", "2028"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#phase\">Phase must be a number, like 3</a>")
                .contains("<a href=\"#startDate-day\">Start date must be a real date</a>")
                .contains("<a href=\"#endDate-day\">End date must include a month</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/cohorts")));
    }

    @Test
    void aCreatedCohortRedirectsToTheListWhichShowsTheSuccessBannerOnce() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"c3","name":"Phase 3","phase":3,"description":null,"startDate":"2027-04-01",
                         "endDate":"2028-03-31","status":"PLANNED","version":0}""")));

        MvcResult created = mvc.perform(post("/cohorts").with(manager()).with(csrf()).param("name", "Phase 3").param("phase", "3")
                        .param("startDate.day", "1").param("startDate.month", "4").param("startDate.year", "2027")
                        .param("endDate.day", "31").param("endDate.month", "3").param("endDate.year", "2028"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cohorts"))
                .andReturn();
        API.verify(postRequestedFor(urlEqualTo("/api/cohorts")).withRequestBody(equalToJson("""
                {"name":"Phase 3","phase":3,"description":null,"startDate":"2027-04-01","endDate":"2028-03-31"}""")));
        Cookie flash = created.getResponse().getCookie("cc_flash");
        assertThat(flash).isNotNull();
        assertThat(new String(Base64.getUrlDecoder().decode(flash.getValue()))).isEqualTo("Cohort Phase 3 created");

        MvcResult list = mvc.perform(get("/cohorts").with(manager()).cookie(flash)).andExpect(status().isOk()).andReturn();
        assertThat(list.getResponse().getContentAsString())
                .contains("govuk-notification-banner govuk-notification-banner--success\" role=\"alert\"")
                .contains("<p class=\"govuk-notification-banner__heading\">Cohort Phase 3 created</p>");
        assertThat(list.getResponse().getCookie("cc_flash").getMaxAge()).as("shown once").isZero();
    }

    @Test
    void deletingAsksFirstSayingWhatDependsThenDeletes() throws Exception {
        stubCohort("c4", "Phase 4");
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c4/dependents")).willReturn(json("""
                {"deletable":true,"detail":null,"collaboratives":0,"teamMembers":0,"sessions":0,"waves":0}""")));
        API.stubFor(WireMock.delete(urlEqualTo("/api/cohorts/c4")).willReturn(aResponse().withStatus(204)));

        String confirm = mvc.perform(get("/cohorts/c4/delete").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("<h1 class=\"govuk-heading-l\">Are you sure you want to delete cohort Phase 4?</h1>")
                .contains("<form method=\"post\" action=\"/cohorts/c4/delete\" novalidate>")
                .contains("govuk-button govuk-button--warning").contains(">Delete cohort</button>")
                .contains("<a class=\"govuk-link\" href=\"/cohorts\">Cancel</a>");
        API.verify(0, deleteRequestedFor(urlEqualTo("/api/cohorts/c4")));

        MvcResult deleted = mvc.perform(post("/cohorts/c4/delete").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cohorts")).andReturn();
        API.verify(deleteRequestedFor(urlEqualTo("/api/cohorts/c4")).withHeader("Authorization", matching("Bearer ey.+")));
        assertThat(flash(deleted))
                .isEqualTo("Cohort Phase 4 deleted");
    }

    @Test
    void aCohortSomethingDependsOnIsNotOfferedForDeletion() throws Exception {
        stubCohort("c5", "Phase 5");
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c5/dependents")).willReturn(json("""
                {"deletable":false,"detail":"Cohort Phase 5 has collaboratives. Delete them first.",
                 "collaboratives":2,"teamMembers":0,"sessions":1,"waves":0}""")));

        String page = mvc.perform(get("/cohorts/c5/delete").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Cohort Phase 5 has collaboratives. Delete them first.")
                .contains("<li>2 collaboratives</li>").contains("<li>1 coaching session</li>")
                .doesNotContain("govuk-button--warning")
                .contains("<a class=\"govuk-link\" href=\"/cohorts\">Go back</a>");
    }

    @Test
    void aCoachGetsTheNoAccessPageAndTheApiIsNotAsked() throws Exception {
        String html = mvc.perform(get("/cohorts").with(coach()))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">You cannot see this page</h1>")
                .contains("href=\"/my-sessions\"") // the coach's own navigation
                .doesNotContain("href=\"/cohorts\"");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/cohorts")));
    }

    @Test
    void aFormWithoutTheCsrfTokenGetsTheFormExpiredPage() throws Exception {
        String html = mvc.perform(post("/cohorts").with(manager()).param("name", "Phase 3"))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">This form has expired</h1>").doesNotContain("Exception");
        API.verify(0, postRequestedFor(urlEqualTo("/api/cohorts")));
    }

    @Test
    void someoneNotSignedInIsSentToSignInAndBackHereAfter() throws Exception {
        mvc.perform(get("/cohorts").queryParam("page", "2"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts%3Fpage%3D2"));
    }

    @Test
    void anApiThatAnswers401SendsThePersonToSignIn() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(401)));

        mvc.perform(get("/cohorts").with(manager()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?next=%2Fcohorts"));
    }

    @Test
    void anApiThatFailsGivesTheProblemPageWithoutDetails() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"detail\":\"NullPointerException at Cohorts.java:42\"}")));

        String html = mvc.perform(get("/cohorts").with(manager()))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Sorry, there is a problem with the service</h1>")
                .doesNotContain("NullPointerException").doesNotContain("Cohorts.java");
    }

    @Test
    void anApiThatDoesNotAnswerInTimeGivesTheProblemPageAs503() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(aResponse().withFixedDelay(6_000).withBody("{}")));

        String html = mvc.perform(get("/cohorts").with(manager()))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Sorry, there is a problem with the service");
    }

    @Test
    void anApiThatDropsTheConnectionGivesTheProblemPageAs503() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts"))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        String html = mvc.perform(get("/cohorts").with(manager()))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Sorry, there is a problem with the service").doesNotContain("Connection reset");
    }

    @Test
    void aCohortTheApiDoesNotKnowIsPageNotFound() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/nope")).willReturn(aResponse().withStatus(404)));

        mvc.perform(get("/cohorts/nope/delete").with(manager())).andExpect(status().isNotFound());
    }

    @Test
    void theOldAddressMovedPermanently() throws Exception {
        mvc.perform(get("/admin/cohorts")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/cohorts"));
    }

    private static void stubCohort(String id, String name) {
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/" + id)).willReturn(json("""
                {"id":"%s","name":"%s","phase":4,"description":null,"startDate":"2027-04-01","endDate":"2028-03-31",
                 "status":"PLANNED","version":0}""".formatted(id, name))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void aFormLoadedEarlierStillPostsAfterOtherPagesWereLoaded() throws Exception {
        Cookie csrfCookie = new Cookie("XSRF-TOKEN", "token-of-this-browser");
        MvcResult form = mvc.perform(get("/cohorts").with(manager()).cookie(csrfCookie)).andExpect(status().isOk()).andReturn();
        assertThat(form.getResponse().getCookie("XSRF-TOKEN")).as("the browser's CSRF token is kept, not replaced").isNull();
        String field = form.getResponse().getContentAsString().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        for (int other = 0; other < 2; other++) { // the person opens other pages, e.g. in another tab
            MvcResult page = mvc.perform(get("/cohorts").with(manager()).cookie(csrfCookie)).andExpect(status().isOk()).andReturn();
            assertThat(page.getResponse().getCookie("XSRF-TOKEN")).isNull();
        }
        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"c9\",\"name\":\"Phase 3\",\"phase\":3,"
                        + "\"description\":null,\"startDate\":\"2027-09-01\",\"endDate\":\"2028-05-31\",\"status\":\"PLANNED\",\"version\":0}")));

        mvc.perform(post("/cohorts").with(manager()).cookie(csrfCookie).param("_csrf", field).param("name", "Phase 3").param("phase", "3")
                        .param("startDate.day", "1").param("startDate.month", "9").param("startDate.year", "2027")
                        .param("endDate.day", "31").param("endDate.month", "5").param("endDate.year", "2028"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cohorts"));
    }
}
