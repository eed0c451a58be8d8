package uk.nhs.cohortcoach.web.setup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /cohorts/{id}/setup}: the set-up task list, from a fixed number of API requests. */
@PageTest
class SetupPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        cohort("PLANNED");
        collaboratives(collaborative("k1", "Joined Up <b>Care</b> Derbyshire", null, 0, ""),
                collaborative("k2", "Acute Alliance", "\"Dr Lee\"", 24, "\"coach-1\""));
        participants("""
                {"id":"p1","name":"Alex","memberships":[{"collaborativeId":"k2","cohortId":"c1","leadershipRole":"CHAIR",
                  "joinedOn":"2027-04-01","leftOn":null}]}""");
        waves("");
    }

    @Test
    void theTaskListShowsEachTaskWithItsStatusEscapedAndSaysWhatIsNext() throws Exception {
        String html = mvc.perform(get("/cohorts/c1/setup").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Set up Phase 3 &lt;i&gt;pilot&lt;/i&gt; – Cohort Coach</title>")
                .contains("<h1 class=\"govuk-heading-l\">Set up Phase 3 &lt;i&gt;pilot&lt;/i&gt;</h1>")
                .doesNotContain("<b>Care</b>").doesNotContain("<i>pilot</i>")
                .contains("Next: <a class=\"govuk-link\" href=\"/collaboratives/k1/add\">add the team for Joined Up &lt;b&gt;Care&lt;/b&gt; Derbyshire</a>")
                .contains("You have completed 4 of 7 tasks.")
                .contains("<ul class=\"govuk-task-list\">")
                .contains("<li class=\"govuk-task-list__item govuk-task-list__item--with-link\" id=\"task-team-k1\">")
                .contains("<a class=\"govuk-link govuk-task-list__link\" href=\"/collaboratives/k1/add\" "
                        + "aria-describedby=\"task-team-k1-hint task-team-k1-status\">Add the team for Joined Up &lt;b&gt;Care&lt;/b&gt; Derbyshire</a>")
                .contains("<div id=\"task-team-k1-hint\" class=\"govuk-task-list__hint\">Nobody in the team yet, no senior responsible officer named</div>")
                .contains("<div class=\"govuk-task-list__status\" id=\"task-team-k1-status\"><strong class=\"govuk-tag govuk-tag--blue\">Incomplete</strong></div>")
                .contains("<div id=\"task-team-k2-hint\" class=\"govuk-task-list__hint\">1 person in the team, led by Dr Lee</div>")
                .contains("<div class=\"govuk-task-list__status\" id=\"task-team-k2-status\">Completed</div>")
                .contains("<div class=\"govuk-task-list__status\" id=\"task-plan-k2-status\">Completed</div>")
                .contains("<a class=\"govuk-link govuk-task-list__link\" href=\"/surveys#open-heading\"")
                .contains("<a href=\"/cohorts/c1\" class=\"govuk-back-link\">Back to Phase 3 &lt;i&gt;pilot&lt;/i&gt;</a>");
    }

    @Test
    void aTaskThatCannotStartYetIsNotALink() throws Exception {
        collaboratives();

        String html = mvc.perform(get("/cohorts/c1/setup").with(manager())).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Next: <a class=\"govuk-link\" href=\"/cohorts/c1#new-collaborative\">add the collaboratives</a>")
                .contains("<li class=\"govuk-task-list__item\" id=\"task-teams\">")
                .contains("<div>Add each collaborative's team and coaching plan</div>")
                .contains("<div class=\"govuk-task-list__status govuk-task-list__status--cannot-start-yet\" id=\"task-teams-status\">Cannot start yet</div>")
                .contains("<div class=\"govuk-task-list__status govuk-task-list__status--cannot-start-yet\" id=\"task-baseline-status\">Cannot start yet</div>");
    }

    @Test
    void aClosedCohortShowsItsTasksButOffersNone() throws Exception {
        cohort("CLOSED");

        String html = mvc.perform(get("/cohorts/c1/setup").with(manager())).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This cohort is closed.").doesNotContain("Next:").doesNotContain("govuk-task-list__link")
                .doesNotContain("govuk-task-list__item--with-link")
                .contains("<strong class=\"govuk-tag govuk-tag--blue\">Incomplete</strong>");
    }

    @Test
    void everythingDoneSaysSoWithNoNext() throws Exception {
        collaboratives(collaborative("k2", "Acute Alliance", "\"Dr Lee\"", 24, "\"coach-1\""));
        waves("""
                {"id":"w1","cohortId":"c1","label":"baseline","frameworkId":"f1","frameworkNumber":1,"opensAt":"2027-05-01T08:00:00Z",
                 "closesAt":"2027-05-21T17:00:00Z","status":"OPEN","closedAt":null,"closedBy":null,"reminders":[],
                 "counts":{"invited":1,"submitted":null,"suppressed":true,"note":"fewer than 5"}}""");

        String html = mvc.perform(get("/cohorts/c1/setup").with(manager())).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Every task is completed.").contains("You have completed 5 of 5 tasks.").doesNotContain("Next:")
                .contains("<div id=\"task-baseline-hint\" class=\"govuk-task-list__hint\">Baseline is open</div>");
    }

    @Test
    void theSameFourRequestsHoweverManyCollaboratives() throws Exception {
        String many = IntStream.range(0, 40).mapToObj(i -> collaborative("k" + i, "Collaborative " + i, null, 0, ""))
                .collect(Collectors.joining(","));
        collaboratives(many);

        String html = mvc.perform(get("/cohorts/c1/setup").with(manager())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"task-team-k39\"");
        API.verify(1, getRequestedFor(urlEqualTo("/api/cohorts/c1")));
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/collaboratives")));
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/people")));
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/waves")));
        API.verify(0, getRequestedFor(urlPathMatching("/api/collaboratives/.+")));
        assertThat(API.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> r.getUrl().startsWith("/api/"))).hasSize(4);
    }

    @Test
    void participantsOverSeveralPagesAreAllReadAndCounted() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).withQueryParam("page", WireMock.equalTo("0")).willReturn(json("""
                {"items":[{"id":"p1","name":"A","memberships":[{"collaborativeId":"k1","cohortId":"c1","leftOn":null}]}],
                 "page":0,"size":100,"totalItems":101,"totalPages":2}""")));
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).withQueryParam("page", WireMock.equalTo("1")).willReturn(json("""
                {"items":[{"id":"p2","name":"B","memberships":[{"collaborativeId":"k1","cohortId":"c1","leftOn":null}]}],
                 "page":1,"size":100,"totalItems":101,"totalPages":2}""")));

        String html = mvc.perform(get("/cohorts/c1/setup").with(manager())).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("2 people in the team, no senior responsible officer named");
        API.verify(2, getRequestedFor(urlPathEqualTo("/api/people")).withQueryParam("role", WireMock.equalTo("PARTICIPANT")));
    }

    @Test
    void onlyProgrammeManagersMaySeeIt() throws Exception {
        mvc.perform(get("/cohorts/c1/setup").with(coach())).andExpect(status().isForbidden());
        mvc.perform(get("/cohorts/c1/setup").with(as("member-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
        mvc.perform(get("/cohorts/c1/setup")).andExpect(status().is3xxRedirection());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/cohorts/c1")));
    }

    @Test
    void anUnknownCohortIsPageNotFound() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c1")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404,\"title\":\"Not Found\"}")));

        mvc.perform(get("/cohorts/c1/setup").with(manager())).andExpect(status().isNotFound());
    }

    @Test
    void theCohortPageLinksToItAndTheListLinksOnlyAPlannedCohort() throws Exception {
        assertThat(mvc.perform(get("/cohorts/c1").with(manager())).andReturn().getResponse().getContentAsString())
                .contains("<a class=\"govuk-link\" href=\"/cohorts/c1/setup\" id=\"setup-link\">");

        API.stubFor(WireMock.get(urlPathEqualTo("/api/cohorts")).willReturn(json("""
                {"items":[{"id":"c1","name":"Phase 3","phase":3,"startDate":"2027-04-01","endDate":"2028-03-31","status":"PLANNED","version":1},
                          {"id":"c2","name":"Phase 2","phase":2,"startDate":"2026-04-01","endDate":"2027-03-31","status":"ACTIVE","version":1}],
                 "page":0,"size":100,"totalItems":2,"totalPages":1}""")));
        assertThat(mvc.perform(get("/cohorts").with(manager())).andReturn().getResponse().getContentAsString())
                .contains("<a class=\"govuk-link\" href=\"/cohorts/c1/setup\">Set up<span class=\"govuk-visually-hidden\"> cohort Phase 3</span></a>")
                .doesNotContain("/cohorts/c2/setup");
    }

    private static void cohort(String status) {
        API.stubFor(WireMock.get(urlEqualTo("/api/cohorts/c1")).willReturn(json("""
                {"id":"c1","name":"Phase 3 <i>pilot</i>","phase":3,"description":null,"startDate":"2027-04-01","endDate":"2028-03-31",
                 "status":"%s","version":1}""".formatted(status))));
    }

    private static String collaborative(String id, String name, String lead, int hours, String coaches) {
        return """
                {"id":"%s","cohortId":"c1","name":"%s","sector":"ACUTE","seniorResponsibleOfficer":%s,"members":[],
                 "plannedCoachingHours":%d,"coachIds":[%s],"version":1}""".formatted(id, name, lead, hours, coaches);
    }

    private static void collaboratives(String... items) {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/collaboratives")).willReturn(json("""
                {"items":[%s],"page":0,"size":100,"totalItems":%d,"totalPages":1}""".formatted(String.join(",", items), items.length))));
    }

    private static void participants(String items) {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/people")).willReturn(json("""
                {"items":[%s],"page":0,"size":100,"totalItems":1,"totalPages":1}""".formatted(items))));
    }

    private static void waves(String items) {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/waves")).willReturn(json("""
                {"items":[%s],"page":0,"size":100,"totalItems":0,"totalPages":1}""".formatted(items))));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
