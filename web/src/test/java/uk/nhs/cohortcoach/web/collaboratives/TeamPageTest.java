package uk.nhs.cohortcoach.web.collaboratives;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** A collaborative's team tasks: add someone registered, register someone new, remove, archive, restore, import a CSV file. */
@PageTest
class TeamPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        Stubs.cohort("ACTIVE");
        Stubs.collaborative();
        Stubs.team(Stubs.ALEX);
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).withQueryParam("name", equalTo("Rahman")).willReturn(json("""
                {"items":[{"id":"p-1","name":"Alex <Rahman>","email":"alex@example.nhs.uk","roles":["PARTICIPANT"],"archivedAt":null},
                          {"id":"p-2","name":"Jo Rahman","email":"jo@example.nhs.uk","roles":["PARTICIPANT"],"archivedAt":"2027-01-01T10:00:00Z"}],
                 "page":0,"size":50,"totalItems":2,"totalPages":1}""")));
        API.stubFor(WireMock.get(urlEqualTo("/api/people/p-1")).willReturn(json("""
                {"id":"p-1","name":"Alex <Rahman>","email":"alex@example.nhs.uk","roles":["PARTICIPANT"],"archivedAt":null}""")));
    }

    @Test
    void findingSomeoneListsThePeopleToChooseFromAndTheArchivedToRestore() throws Exception {
        String html = mvc.perform(get("/collaboratives/k1/add").with(manager()).queryParam("name", "Rahman"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<form method=\"get\" action=\"/collaboratives/k1/add\" id=\"find-person\" role=\"search\" novalidate>")
                .contains("<form method=\"post\" action=\"/collaboratives/k1/add\" id=\"add-existing-person\" novalidate>")
                .contains("Person (1 found)")
                .contains("<option value=\"p-1\">Alex &lt;Rahman&gt; — alex@example.nhs.uk</option>")
                .contains("id=\"joinedOn-day\" name=\"joinedOn.day\"")
                .contains("<form method=\"post\" action=\"/collaboratives/k1/restore/p-2\"")
                .contains("Jo Rahman — jo@example.nhs.uk");
        API.verify(WireMock.getRequestedFor(urlPathEqualTo("/api/people")).withQueryParam("includeArchived", equalTo("true")));
    }

    @Test
    void aSearchForNothingAsksForAName() throws Exception {
        String html = mvc.perform(get("/collaboratives/k1/add").with(manager()).queryParam("name", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#name\">Enter part of their name</a>").doesNotContain("add-existing-person");
    }

    @Test
    void addingSomeoneJoinsThemAndGoesBackToTheCollaborativeWithABanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/collaboratives/k1/participants")).willReturn(json("{}").withStatus(201)));

        MvcResult added = mvc.perform(post("/collaboratives/k1/add").with(manager()).with(csrf()).param("name", "Rahman")
                        .param("personId", "p-1").param("leadershipRole", "PUBLIC_HEALTH_LEAD")
                        .param("joinedOn.day", "1").param("joinedOn.month", "5").param("joinedOn.year", "2027"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/collaboratives/k1")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants")).withRequestBody(equalToJson("""
                {"personId":"p-1","leadershipRole":"PUBLIC_HEALTH_LEAD","joinedOn":"2027-05-01"}""")));
        assertThat(flash(added))
                .isEqualTo("Alex <Rahman> added to the team");
    }

    @Test
    void noRoleAndADateThatIsNotOneAreRefusedInFormOrderBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(post("/collaboratives/k1/add").with(manager()).with(csrf()).param("name", "Rahman").param("personId", "p-1")
                        .param("joinedOn.day", "31").param("joinedOn.month", "2").param("joinedOn.year", "2027"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        int role = html.indexOf("<a href=\"#leadershipRole\">Select their leadership role</a>");
        assertThat(role).isPositive().isLessThan(html.indexOf("<a href=\"#joinedOn-day\">Joined on must be a real date</a>"));
        assertThat(html).contains("<option value=\"p-1\" selected>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants")));
    }

    @Test
    void someoneAlreadyInTheTeamIsExplainedOnThePersonField() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/collaboratives/k1/participants")).willReturn(problem(409, """
                {"status":409,"title":"Conflict","detail":"Already in the team.",
                 "errors":[{"field":"personId","message":"This person is already in this collaborative's team"}]}""")));

        String html = mvc.perform(post("/collaboratives/k1/add").with(manager()).with(csrf()).param("name", "Rahman").param("personId", "p-1")
                        .param("leadershipRole", "CHAIR"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#personId\">This person is already in this collaborative's team</a>")
                .contains("<p id=\"personId-error\" class=\"govuk-error-message\">");
    }

    @Test
    void restoringAnArchivedPersonGoesBackToTheSearch() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/people/p-2")).willReturn(json("""
                {"id":"p-2","name":"Jo Rahman","email":"jo@example.nhs.uk","roles":["PARTICIPANT"],"archivedAt":"2027-01-01T10:00:00Z"}""")));
        API.stubFor(WireMock.post(urlEqualTo("/api/people/p-2/restore")).willReturn(json("{}")));

        MvcResult restored = mvc.perform(post("/collaboratives/k1/restore/p-2").with(manager()).with(csrf()).param("name", "Rahman"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/collaboratives/k1/add?name=Rahman")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/people/p-2/restore")));
        assertThat(flash(restored))
                .isEqualTo("Jo Rahman restored. Add them to a team when they join one");
    }

    @Test
    void registeringSomeoneNewRegistersThenAddsThem() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/people")).willReturn(json("""
                {"id":"p-9","name":"Nadia New","email":"nadia@example.nhs.uk","roles":["PARTICIPANT"]}""").withStatus(201)));
        API.stubFor(WireMock.post(urlEqualTo("/api/collaboratives/k1/participants")).willReturn(json("{}").withStatus(201)));

        MvcResult registered = mvc.perform(post("/collaboratives/k1/register").with(manager()).with(csrf()).param("name", "Nadia New")
                        .param("email", " nadia@example.nhs.uk ").param("jobTitle", "").param("organisationOdsCode", "rhq")
                        .param("leadershipRole", "IMPROVEMENT_LEAD"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/collaboratives/k1")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/people")).withRequestBody(equalToJson("""
                {"name":"Nadia New","email":"nadia@example.nhs.uk","jobTitle":null,"organisationOdsCode":"RHQ","roles":["PARTICIPANT"]}""")));
        API.verify(postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants")).withRequestBody(equalToJson("""
                {"personId":"p-9","leadershipRole":"IMPROVEMENT_LEAD","joinedOn":null}""")));
        assertThat(flash(registered))
                .isEqualTo("Nadia New registered and added to the team");
    }

    @Test
    void aRegistrationTheApiRefusesShowsItsErrorsInFormOrder() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/people")).willReturn(problem(400, """
                {"status":400,"title":"Invalid request","detail":"The request has invalid values.",
                 "errors":[{"field":"organisationOdsCode","message":"Enter an ODS code of 3 to 5 capital letters or digits"},
                           {"field":"email","message":"Enter an email address in the correct format, like name@example.com"}]}""")));

        String html = mvc.perform(post("/collaboratives/k1/register").with(manager()).with(csrf()).param("name", "Nadia")
                        .param("email", "nadia").param("organisationOdsCode", "R").param("leadershipRole", "CHAIR"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        int email = html.indexOf("<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>");
        assertThat(email).isPositive().isLessThan(html.indexOf("<a href=\"#organisationOdsCode\">Enter an ODS code"));
        assertThat(html).contains("id=\"email\" name=\"email\" type=\"email\" value=\"nadia\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants")));
    }

    @Test
    void someoneRegisteredButNotAddedIsToldHowToAddThem() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/people")).willReturn(json("""
                {"id":"p-9","name":"Nadia New","email":"nadia@example.nhs.uk","roles":["PARTICIPANT"]}""").withStatus(201)));
        API.stubFor(WireMock.post(urlEqualTo("/api/collaboratives/k1/participants")).willReturn(problem(409, """
                {"status":409,"title":"Conflict","detail":"The cohort is closed."}""")));

        String html = mvc.perform(post("/collaboratives/k1/register").with(manager()).with(csrf()).param("name", "Nadia New")
                        .param("email", "nadia@example.nhs.uk").param("leadershipRole", "CHAIR"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The cohort is closed.")
                .contains("Nadia New was registered but is not in the team yet. Add them with ‘Add someone already registered’.");
    }

    @Test
    void removingSomeoneAsksFirstThenRemovesThem() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/collaboratives/k1/participants/p-1/leave")).willReturn(json("{}")));

        String confirm = mvc.perform(get("/collaboratives/k1/team/p-1/remove").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to remove Alex &lt;Rahman&gt; from the team of Acute &lt;b&gt;Alliance&lt;/b&gt;?")
                .contains("They stay in the team's history. You can add them again later.")
                .doesNotContain("You cannot undo this.")
                .contains("<form method=\"post\" action=\"/collaboratives/k1/team/p-1/remove\" novalidate>")
                .contains(">Remove from team</button>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants/p-1/leave")));

        MvcResult removed = mvc.perform(post("/collaboratives/k1/team/p-1/remove").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/collaboratives/k1")).andReturn();
        API.verify(postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants/p-1/leave")));
        assertThat(flash(removed))
                .isEqualTo("Alex <Rahman> removed from the team");
    }

    @Test
    void archivingSomeoneAsksFirstThenArchivesThem() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/people/p-1/archive")).willReturn(json("{}")));

        String confirm = mvc.perform(get("/collaboratives/k1/team/p-1/archive").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to archive Alex &lt;Rahman&gt;?")
                .contains("They will leave every team they are in");

        mvc.perform(post("/collaboratives/k1/team/p-1/archive").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/collaboratives/k1"));
        API.verify(postRequestedFor(urlEqualTo("/api/people/p-1/archive")));
    }

    @Test
    void someoneNotInTheTeamIsPageNotFound() throws Exception {
        mvc.perform(get("/collaboratives/k1/team/p-404/remove").with(manager())).andExpect(status().isNotFound());
    }

    @Test
    void importingAFileShowsEachRowWithWhoItWasAndWhy() throws Exception {
        String csv = "name,email,job_title,organisation_ods_code,leadership_role\n"
                + "\"Lovelace, Ada\",ada@example.nhs.uk,Chief Executive,RHQ,chief executive\n"
                + "Bad <Row>,not-an-email,,,chair\n";
        API.stubFor(WireMock.post(urlEqualTo("/api/collaboratives/k1/participants/import")).willReturn(json("""
                {"rows":[{"row":2,"status":"CREATED","personId":"p-5","errors":[]},
                         {"row":3,"status":"REJECTED","personId":null,"errors":[{"field":"email","message":"Enter the email address in the correct format, like name@example.com"}]}],
                 "created":1,"updated":0,"unchanged":0,"rejected":1}""")));

        String html = mvc.perform(multipart("/collaboratives/k1/import").file(new MockMultipartFile("file", "team.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(manager()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        API.verify(postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants/import"))
                .withHeader("Content-Type", WireMock.containing("text/csv")).withRequestBody(equalTo(csv)));
        assertThat(html).contains("<h2 class=\"govuk-heading-m\" id=\"import-summary\">Import: 1 added as new people, 0 updated, 0 unchanged, 1 not imported</h2>")
                .contains("role=\"region\" aria-label=\"Rows of the file\" tabindex=\"0\"")
                .contains("Lovelace, Ada, ada@example.nhs.uk")
                .contains("<strong class=\"govuk-tag govuk-tag--green\">Added (new person)</strong>")
                .contains("Bad &lt;Row&gt;, not-an-email")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Not imported</strong>")
                .contains("<li>Enter the email address in the correct format, like name@example.com</li>")
                .doesNotContain("Every row imported");
    }

    @Test
    void importingWithoutAFileAsksForOneAndAWrongHeaderIsShownOnTheFileField() throws Exception {
        String none = mvc.perform(multipart("/collaboratives/k1/import").with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("<a href=\"#file\">Select a CSV file</a>").contains("govuk-file-upload govuk-file-upload--error");

        API.stubFor(WireMock.post(urlEqualTo("/api/collaboratives/k1/participants/import")).willReturn(problem(400, """
                {"status":400,"title":"Invalid request","detail":"The file cannot be imported.",
                 "errors":[{"field":"header","message":"The first line is missing the columns organisation_ods_code, leadership_role. The first line must be: name,email,job_title,organisation_ods_code,leadership_role"}]}""")));
        String header = mvc.perform(multipart("/collaboratives/k1/import").file(new MockMultipartFile("file", "team.csv", "text/csv",
                        "who,what\n".getBytes(StandardCharsets.UTF_8))).with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(header).contains("<a href=\"#file\">The first line is missing the columns organisation_ods_code, leadership_role. The first line must be: name,email,job_title,organisation_ods_code,leadership_role</a>");
    }

    @Test
    void aCoachCannotChangeATeam() throws Exception {
        mvc.perform(get("/collaboratives/k1/add").with(coach())).andExpect(status().isForbidden());
        mvc.perform(post("/collaboratives/k1/team/p-1/remove").with(coach()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/collaboratives/k1/import").with(coach()).with(csrf())).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/collaboratives/k1/participants/p-1/leave")));
    }
}
