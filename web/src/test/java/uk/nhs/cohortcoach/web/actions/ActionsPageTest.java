package uk.nhs.cohortcoach.web.actions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.servlet.http.Cookie;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /actions} and {@code /actions/{id}/change} from stubbed coaching- and cohort-service, no browser. */
@PageTest
class ActionsPageTest {

    @Autowired
    MockMvc mvc;

    private static final String A1 = """
            {"id":"a1","sessionId":"s1","collaborativeId":"col-1","description":"Write the plan <script>x</script>","ownerId":"p-1",
             "ownerName":null,"ownerEmail":null,"dueDate":"2026-11-30","status":"OPEN","completedOn":null,"overdue":true,
             "mayChange":%s,"version":3}""";
    private static final String A2 = """
            {"id":"a2","sessionId":"s1","collaborativeId":"col-1","description":"Book the venue","ownerId":"p-2",
             "ownerName":"Sam Lee","ownerEmail":null,"dueDate":"2027-01-15","status":"OPEN","completedOn":null,"overdue":false,
             "mayChange":false,"version":4}""";
    private static final String A3 = """
            {"id":"a3","sessionId":"s2","collaborativeId":"col-1","description":"Share the slides","ownerId":null,
             "ownerName":"Alex Outsider","ownerEmail":%s,"dueDate":"2026-10-01","status":"DONE","completedOn":"2026-10-02",
             "overdue":false,"mayChange":%s,"version":7}""";

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        stubActions(true);
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json(200, """
                {"items":[{"id":"col-1","name":"Derbyshire <b>together</b>","coachIds":["coach-1"]}],"totalPages":1}""")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).willReturn(json(200, """
                {"items":[{"id":"p-1","name":"Priya Nair"},{"id":"coach-1","name":"Chris Coach"}],"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/collaboratives/col-1/participants")).willReturn(json(200, """
                {"collaborativeId":"col-1","participants":[{"personId":"p-1","name":"Priya Nair"},{"personId":"p-2","name":"Sam Lee"}]}""")));
    }

    /** As a programme manager sees them ({@code staff}: may change a1 and a3), or as a member (may change none). */
    private static void stubActions(boolean staff) {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/actions")).withQueryParam("status", equalTo("OPEN")).willReturn(json(200,
                "{\"items\":[" + A1.formatted(staff) + "," + A2 + "],\"totalPages\":1}")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/actions")).withQueryParam("status", equalTo("DONE")).willReturn(json(200,
                "{\"items\":[" + A3.formatted(staff ? "\"alex@example.org\"" : "null", staff) + "],\"totalPages\":1}")));
        API.stubFor(WireMock.get(urlEqualTo("/api/actions/a1")).willReturn(json(200, A1.formatted(staff))));
        API.stubFor(WireMock.get(urlEqualTo("/api/actions/a2")).willReturn(json(200, A2)));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").withBody(body);
    }

    private static RequestPostProcessor member() {
        return as("p-2", Role.PARTICIPANT);
    }

    @Test
    void theListShowsOpenAndCompletedActionsNamedAndEscapedWithTheMovesAManagerMayMake() throws Exception {
        String html = mvc.perform(get("/actions").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Actions – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/actions\" aria-current=\"page\">")
                .contains("Open actions (2)").contains("<strong>1 overdue.</strong>").contains("Completed actions (1)")
                .contains("Write the plan &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x")
                .contains("Derbyshire &lt;b&gt;together&lt;/b&gt;")
                .contains("<td class=\"govuk-table__cell\">Priya Nair</td>")            // named from the people list
                .contains("<td class=\"govuk-table__cell\">Sam Lee</td>")               // named by the API
                .contains("Alex Outsider (alex@example.org, outside the team)")
                .contains("30 November 2026").contains("govuk-tag--red\">Overdue").contains("Done 2 October 2026")
                .contains("role=\"region\" aria-label=\"Open actions, soonest due first\" tabindex=\"0\"")
                .contains("role=\"region\" aria-label=\"Completed actions, latest first\" tabindex=\"0\"")
                .contains("href=\"/admin/session?id=s1\">View session")
                .contains("<a class=\"govuk-link app-change\" href=\"/actions/a1/change\">Edit or reassign")
                .doesNotContain("href=\"/actions/a2/change\"")                         // the API says the manager may not (stubbed)
                .contains("<form method=\"post\" action=\"/actions/a1/complete\" novalidate>")
                .doesNotContain("action=\"/actions/a2/complete\"")
                .contains("<form method=\"post\" action=\"/actions/a3/reopen\" novalidate>")
                .contains("<input type=\"hidden\" name=\"version\" value=\"3\">");
        API.verify(WireMock.getRequestedFor(urlPathEqualTo("/api/actions")).withQueryParam("sort", equalTo("dueDate"))
                .withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void aMemberMayMarkTheirOwnActionDoneButChangesNothingElseAndSeesNoSessionLinks() throws Exception {
        stubActions(false);

        String html = mvc.perform(get("/actions").with(member())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("action=\"/actions/a2/complete\"")
                .doesNotContain("action=\"/actions/a1/complete\"").doesNotContain("/reopen").doesNotContain("Edit or reassign")
                .doesNotContain("View session")
                .contains("<td class=\"govuk-table__cell\">Alex Outsider</td>");
    }

    @Test
    void aMemberSeesTheirOwnActionsFirstAndTheirTeammatesByName() throws Exception {
        stubActions(false);
        // cohort-service lets a participant read only themselves among people: teammates are named from the team
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).willReturn(json(200, """
                {"items":[{"id":"p-2","name":"Sam Lee"}],"totalPages":1}""")));

        String html = mvc.perform(get("/actions").with(member())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // a1 (Priya's, due first) comes after a2 (mine) for me; a manager sees them soonest due first
        assertThat(html.indexOf("Book the venue")).isLessThan(html.indexOf("Write the plan"));
        assertThat(html).contains("<td class=\"govuk-table__cell\">Priya Nair</td>").doesNotContain("Someone not known here");
        String managers = mvc.perform(get("/actions").with(manager())).andReturn().getResponse().getContentAsString();
        assertThat(managers.indexOf("Write the plan")).isLessThan(managers.indexOf("Book the venue"));
    }

    @Test
    void markingDoneSendsTheVersionAndRedirectsToTheListWithABanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/actions/a2/complete")).willReturn(json(200, A2.replace("\"OPEN\"", "\"DONE\""))));

        MvcResult done = mvc.perform(post("/actions/a2/complete").with(member()).with(csrf()).param("version", "4"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/actions")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/actions/a2/complete")).withRequestBody(equalToJson("{\"version\":4}")));
        assertThat(flash(done)).isEqualTo("Action marked as done: Book the venue");
    }

    @Test
    void reopeningSendsTheVersionAndRedirectsToTheListWithABanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/actions/a3/reopen")).willReturn(json(200, A3.formatted("null", true))));

        MvcResult reopened = mvc.perform(post("/actions/a3/reopen").with(manager()).with(csrf()).param("version", "7"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/actions")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/actions/a3/reopen")).withRequestBody(equalToJson("{\"version\":7}")));
        assertThat(flash(reopened)).isEqualTo("Action reopened: Share the slides");
    }

    @Test
    void aMoveRefusedBecauseTheActionChangedMeanwhileIsExplainedOnTheList() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/actions/a1/complete")).willReturn(json(409, """
                {"title":"Conflict","status":409,"detail":"Someone else changed this action. Reload it and try again."}""")));

        String html = mvc.perform(post("/actions/a1/complete").with(manager()).with(csrf()).param("version", "2"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Actions – Cohort Coach</title>")
                .contains("<a href=\"#main-content\">Someone else changed this action. Reload it and try again.</a>");
    }

    @Test
    void theChangePageOffersBothFormsFilledInWithTheTeamAndCoachesButNotTheOwner() throws Exception {
        String html = mvc.perform(get("/actions/a1/change").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Change action – Cohort Coach</title>")
                .contains("Owner: Priya Nair. Due 30 November 2026.")
                .contains("<form method=\"post\" action=\"/actions/a1/edit\"")
                .contains(">Write the plan &lt;script&gt;x&lt;/script&gt;</textarea>")
                .contains("id=\"dueDate-day\" name=\"dueDate.day\" type=\"text\" inputmode=\"numeric\" value=\"30\"")
                .contains("<form method=\"post\" action=\"/actions/a1/reassign\"")
                .contains("<option value=\"p-2\"").contains(">Sam Lee</option>").contains(">Chris Coach (coach)</option>")
                .doesNotContain("<option value=\"p-1\"")
                .contains("id=\"to\" name=\"to\" type=\"radio\" value=\"TEAM\" checked data-aria-controls=\"conditional-to\"")
                .contains("class=\"govuk-radios__conditional govuk-radios__conditional--hidden\" id=\"conditional-to-2\"");
    }

    @Test
    void editRefusalsAreShownInFormOrderWithWhatWasTyped() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/actions/a1/edit")).willReturn(json(400, """
                {"title":"Invalid request","status":400,"errors":[
                  {"field":"dueDate","message":"The due date cannot be in the past: choose today (7 December 2026) or a later date"},
                  {"field":"description","message":"Enter what is to be done"}]}""")));

        String html = mvc.perform(post("/actions/a1/edit").with(manager()).with(csrf()).param("version", "3").param("description", " ")
                        .param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", "2020"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html.indexOf("<a href=\"#description\">Enter what is to be done</a>")).isPositive()
                .isLessThan(html.indexOf("<a href=\"#dueDate-day\">The due date cannot be in the past"));
        assertThat(html).contains("<title>Error: Change action – Cohort Coach</title>")
                .contains("id=\"dueDate-year\" name=\"dueDate.year\" type=\"text\" inputmode=\"numeric\" value=\"2020\"");
        API.verify(postRequestedFor(urlEqualTo("/api/actions/a1/edit")).withRequestBody(equalToJson("""
                {"description":"","dueDate":"2020-01-01","version":3}""")));
    }

    @Test
    void aDueDateLeftOutOrNotRealIsRefusedBeforeTheApiIsAsked() throws Exception {
        String blank = mvc.perform(post("/actions/a1/edit").with(manager()).with(csrf()).param("version", "3").param("description", "Plan"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("<a href=\"#dueDate-day\">Enter the due date</a>");

        String unreal = mvc.perform(post("/actions/a1/edit").with(manager()).with(csrf()).param("version", "3").param("description", "Plan")
                        .param("dueDate.day", "31").param("dueDate.month", "2").param("dueDate.year", "2027"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(unreal).contains("<a href=\"#dueDate-day\">Due date must be a real date</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/actions/a1/edit")));
    }

    @Test
    void anEditRedirectsToTheListWithABanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/actions/a1/edit")).willReturn(json(200, A1.formatted(true).replace("Write the plan <script>x</script>", "Write the new plan"))));

        MvcResult edited = mvc.perform(post("/actions/a1/edit").with(manager()).with(csrf()).param("version", "3")
                        .param("description", " Write the new plan ").param("dueDate.day", "31").param("dueDate.month", "1").param("dueDate.year", "2027"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/actions")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/actions/a1/edit")).withRequestBody(equalToJson("""
                {"description":"Write the new plan","dueDate":"2027-01-31","version":3}""")));
        assertThat(flash(edited)).isEqualTo("Action changed: Write the new plan");
    }

    @Test
    void givingItAwayNeedsAPersonFromTheTeamOrANameAndEmailBeforeTheApiIsAsked() throws Exception {
        String team = mvc.perform(post("/actions/a1/reassign").with(manager()).with(csrf()).param("version", "3").param("to", "TEAM"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(team).contains("<a href=\"#ownerId\">Select a person from the team</a>");

        String outside = mvc.perform(post("/actions/a1/reassign").with(manager()).with(csrf()).param("version", "3").param("to", "OUTSIDE")
                        .param("ownerName", "").param("ownerEmail", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(outside.indexOf("<a href=\"#ownerName\">Enter the name of the person outside the team</a>")).isPositive()
                .isLessThan(outside.indexOf("<a href=\"#ownerEmail\">Enter their email address</a>"));
        assertThat(outside).contains("value=\"OUTSIDE\" checked")
                .contains("class=\"govuk-radios__conditional\" id=\"conditional-to-2\""); // the chosen one stays open

        String none = mvc.perform(post("/actions/a1/reassign").with(manager()).with(csrf()).param("version", "3"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("<a href=\"#to\">Select who will own the action</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/actions/a1/reassign")));
    }

    @Test
    void givingItToSomeoneInTheTeamSendsOnlyTheirIdAndSaysWhoInTheBanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/actions/a1/reassign")).willReturn(json(200, A1.formatted(true))));

        MvcResult given = mvc.perform(post("/actions/a1/reassign").with(manager()).with(csrf()).param("version", "3")
                        .param("to", "TEAM").param("ownerId", "p-2").param("ownerName", "ignored"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/actions")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/actions/a1/reassign")).withRequestBody(equalToJson("""
                {"ownerId":"p-2","version":3}""")));
        assertThat(flash(given)).isEqualTo("Action given to Sam Lee: Write the plan <script>x</script>");
    }

    @Test
    void theApisRefusalOfAnOutsideOwnerIsShownOnTheField() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/actions/a1/reassign")).willReturn(json(400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"ownerEmail","message":"Enter an email address in the correct format, like name@example.com"}]}""")));

        String html = mvc.perform(post("/actions/a1/reassign").with(manager()).with(csrf()).param("version", "3")
                        .param("to", "OUTSIDE").param("ownerName", "Alex <Outsider>").param("ownerEmail", "alex"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#ownerEmail\">Enter an email address in the correct format, like name@example.com</a>")
                .contains("value=\"Alex &lt;Outsider>\"").doesNotContain("<Outsider>"); // escaped for an attribute
        API.verify(postRequestedFor(urlEqualTo("/api/actions/a1/reassign")).withRequestBody(equalToJson("""
                {"ownerName":"Alex <Outsider>","ownerEmail":"alex","version":3}""")));
    }

    @Test
    void onlyManagersAndCoachesWhoMayChangeAnActionGetItsChangePage() throws Exception {
        mvc.perform(get("/actions/a1/change").with(member())).andExpect(status().isForbidden());
        mvc.perform(post("/actions/a1/edit").with(member()).with(csrf()).param("version", "3")).andExpect(status().isForbidden());
        mvc.perform(get("/actions/a2/change").with(manager())).andExpect(status().isForbidden()); // mayChange false
        API.verify(0, postRequestedFor(urlPathMatching("/api/actions/.*/(edit|reassign)")));
    }

    @Test
    void someoneWithoutAProgrammeRoleGetsThe403PageAndNobodySignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/actions").with(as("x-1"))).andExpect(status().isForbidden());
        mvc.perform(get("/actions")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in?next=%2Factions"));
    }

    @Test
    void theOldAddressMovedHere() throws Exception {
        mvc.perform(get("/admin/my-actions")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/actions"));
    }

    private static String flash(MvcResult result) {
        Cookie flash = result.getResponse().getCookie("cc_flash");
        assertThat(flash).isNotNull();
        return new String(Base64.getUrlDecoder().decode(flash.getValue()));
    }
}
