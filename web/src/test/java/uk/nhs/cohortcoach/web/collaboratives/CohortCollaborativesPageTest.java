package uk.nhs.cohortcoach.web.collaboratives;

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
import static uk.nhs.cohortcoach.web.collaboratives.Stubs.json;
import static uk.nhs.cohortcoach.web.collaboratives.Stubs.problem;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /cohorts/{id}}: a cohort's collaboratives and enrolling one, without JavaScript. */
@PageTest
class CohortCollaborativesPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        Stubs.cohort("ACTIVE");
        Stubs.coaches();
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[%s],"page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(Stubs.COLLABORATIVE))));
    }

    @Test
    void theCohortsCollaborativesAreListedEscapedWithTheEnrolForm() throws Exception {
        String html = mvc.perform(get("/cohorts/c1").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Phase 3 &lt;i&gt;pilot&lt;/i&gt; – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/cohorts\" aria-current=\"page\">")
                .contains("<a href=\"/cohorts\" class=\"govuk-back-link\">Back to cohorts</a>")
                .contains("Phase 3, 1 April 2027 to 31 March 2028.")
                .contains("role=\"region\" aria-label=\"Collaboratives\" tabindex=\"0\"")
                .contains("<a class=\"govuk-link\" href=\"/collaboratives/k1\">Acute &lt;b&gt;Alliance&lt;/b&gt;</a>")
                .doesNotContain("<b>Alliance")
                .contains("<td class=\"govuk-table__cell\">Acute</td>")
                .contains("<form method=\"post\" action=\"/cohorts/c1\" id=\"new-collaborative\" novalidate>")
                .contains("name=\"_csrf\"")
                .contains("<option value=\"ACUTE\" >Acute</option>".replace(" >", ">"))
                .contains("id=\"coachIds\" name=\"coachIds\" type=\"checkbox\" value=\"coach-1\"")
                .contains("id=\"priority-area\" name=\"priorityArea\"")
                .contains("id=\"priority-core20-2\" name=\"core20\" type=\"radio\" value=\"false\" checked")
                .contains("id=\"priority-clinicalAreas-6\" name=\"clinicalAreas\" type=\"checkbox\" value=\"CYP_ASTHMA\"")
                .contains("Children and young people: asthma");
        API.verify(getRequestedFor(urlPathEqualTo("/api/collaboratives")).withQueryParam("cohortId", WireMock.equalTo("c1"))
                .withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void aCohortWithoutCollaborativesSaysSoAndTheCohortsListLinksToIt() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[],"page":0,"size":100,"totalItems":0,"totalPages":0}""")));

        assertThat(mvc.perform(get("/cohorts/c1").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("There are no collaboratives in this cohort yet.").doesNotContain("id=\"collaboratives\"");

        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json("""
                {"items":[{"id":"c1","name":"Phase 3","phase":3,"description":null,"startDate":"2027-04-01","endDate":"2028-03-31",
                  "status":"ACTIVE","version":1}],"page":0,"size":100,"totalItems":1,"totalPages":1}""")));
        assertThat(mvc.perform(get("/cohorts").with(manager())).andReturn().getResponse().getContentAsString())
                .contains("<a class=\"govuk-link\" href=\"/cohorts/c1\">Phase 3</a>");
    }

    @Test
    void enrollingSendsTheFormAsTheApiBodyAndGoesToTheNewCollaborativeWithABanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts/c1/collaboratives")).willReturn(json(Stubs.COLLABORATIVE.replace("\"k1\"", "\"k9\""))
                .withStatus(201)));

        MvcResult enrolled = mvc.perform(post("/cohorts/c1").with(manager()).with(csrf())
                        .param("name", " Acute <b>Alliance</b> ").param("sector", "ACUTE").param("ics", "")
                        .param("members", "rhq, Sheffield Teaching Hospitals\n\nRFR\n").param("plannedCoachingHours", "24")
                        .param("coachIds", "coach-1").param("priorityArea", "Elective waits").param("core20", "true")
                        .param("imdEdition", "IMD_2025").param("plusGroups", "Carers\n").param("clinicalAreas", "CYP_ASTHMA"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/collaboratives/k9")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/cohorts/c1/collaboratives")).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("""
                        {"name":"Acute <b>Alliance</b>","sector":"ACUTE","ics":null,"seniorResponsibleOfficer":null,
                         "members":[{"odsCode":"RHQ","name":"Sheffield Teaching Hospitals"},{"odsCode":"RFR","name":null}],
                         "plannedCoachingHours":24,"coachIds":["coach-1"],
                         "priority":{"area":"Elective waits","core20":true,"imdEdition":"IMD_2025","plusGroups":["Carers"],"clinicalAreas":["CYP_ASTHMA"]},
                         "version":null}""")));
        assertThat(flash(enrolled))
                .isEqualTo("Acute <b>Alliance</b> enrolled. Now add its team");
    }

    @Test
    void noPriorityGivenSendsNone() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts/c1/collaboratives")).willReturn(json(Stubs.COLLABORATIVE).withStatus(201)));

        mvc.perform(post("/cohorts/c1").with(manager()).with(csrf()).param("name", "X").param("sector", "COMMUNITY")
                        .param("plannedCoachingHours", "").param("core20", "false"))
                .andExpect(status().isFound());

        API.verify(postRequestedFor(urlEqualTo("/api/cohorts/c1/collaboratives")).withRequestBody(equalToJson("""
                {"name":"X","sector":"COMMUNITY","ics":null,"seniorResponsibleOfficer":null,"members":[],"plannedCoachingHours":0,
                 "coachIds":[],"priority":null,"version":null}""")));
    }

    @Test
    void theApisRefusalsAreShownInFormOrderOnTheirFieldsAMemberTrustsSayingWhichLine() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/cohorts/c1/collaboratives")).willReturn(problem(400, """
                {"status":400,"title":"Invalid request","detail":"The request has invalid values.",
                 "errors":[{"field":"members[1].odsCode","message":"Enter a trust code like RHQ"},
                           {"field":"name","message":"Enter a name"},
                           {"field":"priority.imdEdition","message":"Select the IMD edition (2019 or 2025) used to find the Core20 population"},
                           {"field":"coachIds[0]","message":"Select a coach from the list"},
                           {"field":"sector","message":"Select a sector"}]}""")));

        String html = mvc.perform(post("/cohorts/c1").with(manager()).with(csrf()).param("name", "").param("members", "RHQ\nXX")
                        .param("core20", "true").param("coachIds", "coach-2"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Phase 3 &lt;i&gt;pilot&lt;/i&gt; – Cohort Coach</title>");
        int name = html.indexOf("<a href=\"#name\">Enter a name</a>");
        int sector = html.indexOf("<a href=\"#sector\">Select a sector</a>");
        int members = html.indexOf("<a href=\"#members\">Member trusts, line 2: Enter a trust code like RHQ</a>");
        int coaches = html.indexOf("<a href=\"#coachIds\">Select a coach from the list</a>");
        int imd = html.indexOf("<a href=\"#priority-imdEdition\">Select the IMD edition (2019 or 2025) used to find the Core20 population</a>");
        assertThat(name).isPositive();
        assertThat(sector).isGreaterThan(name);
        assertThat(members).isGreaterThan(sector);
        assertThat(coaches).isGreaterThan(members);
        assertThat(imd).isGreaterThan(coaches);
        assertThat(html).contains("<p id=\"members-error\" class=\"govuk-error-message\">")
                .contains(">RHQ\nXX</textarea>")
                .contains("value=\"coach-2\" checked")
                .contains("id=\"priority-core20\" name=\"core20\" type=\"radio\" value=\"true\" checked");
    }

    @Test
    void hoursThatAreNotANumberAreRefusedBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(post("/cohorts/c1").with(manager()).with(csrf()).param("name", "X").param("plannedCoachingHours", "lots"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#plannedCoachingHours\">Planned coaching hours must be a number, like 24</a>")
                .contains("value=\"lots\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/cohorts/c1/collaboratives")));
    }

    @Test
    void aClosedCohortOffersNoEnrolForm() throws Exception {
        Stubs.cohort("CLOSED");

        String html = mvc.perform(get("/cohorts/c1").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The cohort is closed, so no collaborative can be enrolled in it.").doesNotContain("id=\"new-collaborative\"");
    }

    @Test
    void aCoachGetsTheNoAccessPage() throws Exception {
        mvc.perform(get("/cohorts/c1").with(coach())).andExpect(status().isForbidden());
        mvc.perform(post("/cohorts/c1").with(coach()).with(csrf()).param("name", "X")).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlEqualTo("/api/cohorts/c1")));
        API.verify(0, postRequestedFor(urlEqualTo("/api/cohorts/c1/collaboratives")));
    }

    @Test
    void aCohortTheApiDoesNotKnowIsPageNotFound() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/nope")).willReturn(WireMock.aResponse().withStatus(404)));

        mvc.perform(get("/cohorts/nope").with(manager())).andExpect(status().isNotFound());
    }

    @Test
    void theOldAddressesMovedPermanently() throws Exception {
        mvc.perform(get("/admin/collaboratives").queryParam("cohortId", "c1")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/cohorts/c1"));
        mvc.perform(get("/admin/collaboratives")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/cohorts"));
        mvc.perform(get("/admin/collaborative").queryParam("id", "k1")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/collaboratives/k1"));
    }
}
