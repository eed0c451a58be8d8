package uk.nhs.cohortcoach.web.collaboratives;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.as;
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
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /collaboratives/{id}}: one collaborative, changing its details, deleting it through the confirmation page. */
@PageTest
class CollaborativePageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        Stubs.cohort("ACTIVE");
        Stubs.collaborative();
        Stubs.coaches();
        Stubs.team(Stubs.ALEX);
    }

    @Test
    void theDetailsAndTeamAreShownEscapedWithALinkForEachTask() throws Exception {
        String html = mvc.perform(get("/collaboratives/k1").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Acute &lt;b&gt;Alliance&lt;/b&gt; – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/cohorts\" aria-current=\"page\">")
                .contains("<a href=\"/cohorts/c1\" class=\"govuk-back-link\">Back to Phase 3 &lt;i&gt;pilot&lt;/i&gt;</a>")
                .contains("<dt class=\"govuk-summary-list__key\">Member trusts</dt>")
                .contains("Sheffield Teaching Hospitals (RHQ); RFR")
                .contains("Elective waits. Core20 focus (IMD 2025). PLUS groups: Carers. Clinical areas: Children and young people: asthma")
                .contains("<dd class=\"govuk-summary-list__value\">Sam Coach</dd>")
                .contains("<dt class=\"govuk-summary-list__key\">Senior responsible officer</dt>\n    <dd class=\"govuk-summary-list__value\">Not given</dd>")
                .contains("role=\"region\" aria-label=\"Team\" tabindex=\"0\"")
                .contains("Team (1)")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Alex &lt;Rahman&gt;</th>")
                .contains("Public health lead").contains("1 May 2027")
                .contains("href=\"/collaboratives/k1/team/p-1/remove\">Remove<span class=\"govuk-visually-hidden\"> Alex &lt;Rahman&gt; from the team</span>")
                .contains("href=\"/collaboratives/k1/team/p-1/archive\">Archive")
                .contains("href=\"/collaboratives/k1/add\"").contains("href=\"/collaboratives/k1/register\"").contains("href=\"/collaboratives/k1/import\"")
                .contains("href=\"/collaboratives/k1/change\"")
                .contains("href=\"/collaboratives/k1/delete\">Delete collaborative</a>");
    }

    @Test
    void anEmptyTeamSaysSo() throws Exception {
        Stubs.team("");

        assertThat(mvc.perform(get("/collaboratives/k1").with(manager())).andReturn().getResponse().getContentAsString())
                .contains("Nobody is in the team yet.").doesNotContain("Team (0)");
    }

    @Test
    void aClosedCohortsCollaborativeOffersNoChanges() throws Exception {
        Stubs.cohort("CLOSED");

        String html = mvc.perform(get("/collaboratives/k1").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The cohort is closed, so this collaborative and its team cannot be changed.")
                .doesNotContain("/remove").doesNotContain("/change").doesNotContain("/delete").doesNotContain("/import");
    }

    @Test
    void theChangeFormIsFilledFromTheCollaborativeAndSavingSendsTheVersionRead() throws Exception {
        String form = mvc.perform(get("/collaboratives/k1/change").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<form method=\"post\" action=\"/collaboratives/k1/change\" id=\"edit-collaborative\" novalidate>")
                .contains("id=\"name\" name=\"name\" type=\"text\" value=\"Acute &lt;b>Alliance&lt;/b>\"" /* attributes: < escaped */)
                .contains(">RHQ, Sheffield Teaching Hospitals\nRFR</textarea>")
                .contains("value=\"coach-1\" checked").contains("value=\"CYP_ASTHMA\" checked")
                .contains("<option value=\"IMD_2025\" selected>IMD 2025</option>");

        API.stubFor(WireMock.put(urlEqualTo("/api/collaboratives/k1")).willReturn(json(Stubs.COLLABORATIVE)));
        MvcResult saved = mvc.perform(post("/collaboratives/k1/change").with(manager()).with(csrf()).param("name", "Acute Alliance")
                        .param("sector", "ACUTE").param("plannedCoachingHours", "30").param("core20", "false"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/collaboratives/k1")).andReturn();
        API.verify(putRequestedFor(urlEqualTo("/api/collaboratives/k1")).withRequestBody(equalToJson("""
                {"name":"Acute Alliance","sector":"ACUTE","ics":null,"seniorResponsibleOfficer":null,"members":[],
                 "plannedCoachingHours":30,"coachIds":[],"priority":null,"version":3}""")));
        assertThat(flash(saved))
                .isEqualTo("Acute <b>Alliance</b> saved");
    }

    @Test
    void aChangeSomeoneElseMadeFirstIsExplainedAboveTheForm() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/collaboratives/k1")).willReturn(problem(409, """
                {"status":409,"title":"Conflict","detail":"Someone else changed this collaborative. Check the details and try again."}""")));

        String html = mvc.perform(post("/collaboratives/k1/change").with(manager()).with(csrf()).param("name", "Acute Alliance"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">Someone else changed this collaborative. Check the details and try again.</a>")
                .contains("value=\"Acute Alliance\"");
    }

    @Test
    void deletingAsksFirstThenDeletesAndGoesBackToTheCohort() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/k1/dependents")).willReturn(json("""
                {"deletable":true,"detail":null,"collaboratives":0,"teamMembers":0,"sessions":0,"waves":0}""")));
        API.stubFor(WireMock.delete(urlEqualTo("/api/collaboratives/k1")).willReturn(WireMock.aResponse().withStatus(204)));

        String confirm = mvc.perform(get("/collaboratives/k1/delete").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to delete collaborative Acute &lt;b&gt;Alliance&lt;/b&gt;?")
                .contains("<form method=\"post\" action=\"/collaboratives/k1/delete\" novalidate>")
                .contains("You cannot undo this.").contains(">Delete collaborative</button>")
                .contains("<a class=\"govuk-link\" href=\"/collaboratives/k1\">Cancel</a>");
        API.verify(0, deleteRequestedFor(urlEqualTo("/api/collaboratives/k1")));

        MvcResult deleted = mvc.perform(post("/collaboratives/k1/delete").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/cohorts/c1")).andReturn();
        API.verify(deleteRequestedFor(urlEqualTo("/api/collaboratives/k1")));
        assertThat(flash(deleted))
                .isEqualTo("Collaborative Acute <b>Alliance</b> deleted");
    }

    @Test
    void aCollaborativeWithATeamIsNotOfferedForDeletionAndSaysWhy() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/k1/dependents")).willReturn(json("""
                {"deletable":false,"detail":"Acute Alliance cannot be deleted because it has 3 people in its team (now or before).",
                 "collaboratives":0,"teamMembers":3,"sessions":0,"waves":0}""")));

        String page = mvc.perform(get("/collaboratives/k1/delete").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("because it has 3 people in its team").contains("<li>3 team members</li>")
                .doesNotContain("govuk-button--warning");
    }

    @Test
    void aMemberGetsTheNoAccessPage() throws Exception {
        mvc.perform(get("/collaboratives/k1").with(as("member-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        mvc.perform(post("/collaboratives/k1/delete").with(as("member-1", Role.PARTICIPANT)).with(csrf())).andExpect(status().isForbidden());
        API.verify(0, deleteRequestedFor(urlEqualTo("/api/collaboratives/k1")));
    }
}
