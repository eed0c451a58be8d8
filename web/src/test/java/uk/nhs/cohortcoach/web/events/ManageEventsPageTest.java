package uk.nhs.cohortcoach.web.events;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.events.EventStubs.event;
import static uk.nhs.cohortcoach.web.events.EventStubs.inDays;
import static uk.nhs.cohortcoach.web.events.EventStubs.problem;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubGet;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubPost;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** A programme manager's open events: the list, scheduling, changing and cancelling an event; and who may not. */
@PageTest
class ManageEventsPageTest {

    /** 10 June 2027 11:00 UTC is 12:00 in London (summer time). */
    private static final Instant SUMMER = Instant.parse("2027-06-10T11:00:00Z");

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        stubGet("/api/open-events?when=upcoming", "{\"items\":[" + String.join(",",
                event("e1", "Equitable <b>recovery</b>", inDays(20), 60, 12, 0, "SCHEDULED", null, null),
                event("e3", "Data for equity", inDays(40), 40, 40, 0, "CANCELLED", null, null)) + "]}");
        stubGet("/api/open-events?when=past", "{\"items\":[" + event("p1", "Equity pauses", inDays(-30), 80, 2, 0, "SCHEDULED", "res-9", null) + "]}");
        stubGet("/api/open-events/e1/manage", event("e1", "Equitable <b>recovery</b>", SUMMER, 60, 12, 3, "SCHEDULED", null, """
                "description":"Line one.\\n\\nLine two.","speakers":[{"name":"Dr Asha Patel","role":"Medical director"}],
                "registrationOpen":true,"joiningLink":"https://teams.example/meet/1","version":7,
                "registrations":[{"id":"r1","name":"Pat","email":"pat@nhs.net","odsCode":"RHQ","organisationName":"Sheffield",
                  "jobRole":"Lead","status":"CONFIRMED","position":null,"attended":false,"registeredAt":"2026-11-01T10:00:00Z"},
                 {"id":"r2","name":"Sam","email":"sam@nhs.net","odsCode":"RXG","organisationName":"SWYPFT",
                  "jobRole":"Nurse","status":"WAITLISTED","position":1,"attended":false,"registeredAt":"2026-11-02T10:00:00Z"}]"""));
    }

    private static MockHttpServletRequestBuilder schedule(String path, String... fields) {
        MockHttpServletRequestBuilder request = post(path).with(manager()).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void nobodyButAProgrammeManagerReachesTheManagersPagesAndHubServiceIsNotAsked() throws Exception {
        String[] pages = {"/events/manage", "/events/new", "/events/reach", "/events/e1/edit", "/events/e1/cancel",
                "/events/e1/registrations", "/events/e1/recording", "/events/e1/feedback", "/events/e1/reach"};
        for (String page : pages) {
            assertThat(mvc.perform(get(page).with(coach())).andReturn().getResponse().getStatus()).as(page).isEqualTo(403);
            assertThat(mvc.perform(get(page).with(as("p-1", Role.PARTICIPANT))).andReturn().getResponse().getStatus()).as(page).isEqualTo(403);
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getRedirectedUrl()).as(page).startsWith("/sign-in?next=");
        }
        String[] forms = {"/events/new", "/events/e1/edit", "/events/e1/cancel", "/events/e1/attendance", "/events/e1/attendance/import",
                "/events/e1/recording"};
        for (String form : forms) {
            assertThat(mvc.perform(post(form).with(coach()).with(csrf()).param("title", "x")).andReturn().getResponse().getStatus())
                    .as(form).isEqualTo(403);
        }
        String refused = mvc.perform(get("/events/manage").with(coach())).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("You cannot see this page").doesNotContain("href=\"/events/reach\"");
        assertThat(API.findAll(anyRequestedFor(anyUrl()))).noneMatch(request -> request.getUrl().startsWith("/api/open-events"));
    }

    @Test
    void theListHasEveryEventWithItsPlacesAndWhatCanBeDone() throws Exception {
        String html = mvc.perform(get("/events/manage").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Manage open events</h1>")
                .contains("<a class=\"govuk-button\" data-module=\"govuk-button\" href=\"/events/new\">Schedule an event</a>")
                .contains("<a class=\"govuk-link\" href=\"/events/e1/registrations\">Equitable &lt;b&gt;recovery&lt;/b&gt;</a>")
                .contains("48 of 60 places taken")
                .contains("<a class=\"govuk-link\" href=\"/events/e1/edit\">Change<span class=\"govuk-visually-hidden\"> Equitable &lt;b&gt;recovery&lt;/b&gt;</span></a>")
                .doesNotContain("href=\"/events/e3/edit\"").doesNotContain("href=\"/events/e3/cancel\"") // cancelled already
                .contains("href=\"/events/p1/feedback\"")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/events\" aria-current=\"page\">");
        API.verify(WireMock.getRequestedFor(urlEqualTo("/api/open-events?when=upcoming")).withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void schedulingSendsEveryFieldWithTheStartInLondonTimeAndGoesToTheEvent() throws Exception {
        stubPost("/api/open-events", 201, event("new-1", "Peer learning", SUMMER, 60, 60, 0, "SCHEDULED", null, null));

        MvcResult created = mvc.perform(schedule("/events/new", "title", " Peer learning ", "summary", "Short", "description", "Long",
                        "speakers[0].name", "", "speakers[0].role", "", "speakers[1].name", "Dr Asha Patel", "speakers[1].role", "Medical director",
                        "date.day", "10", "date.month", "6", "date.year", "2027", "time", "12:00", "durationMinutes", "90", "capacity", "60",
                        "joiningLink", "https://teams.example/meet/1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/new-1/registrations")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/open-events")).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("""
                        {"title":"Peer learning","summary":"Short","description":"Long",
                         "speakers":[{"name":"Dr Asha Patel","role":"Medical director"}],
                         "start":"2027-06-10T12:00:00","durationMinutes":90,"capacity":60,"joiningLink":"https://teams.example/meet/1"}""")));
        assertThat(flash(created)).isEqualTo("Event scheduled: “Peer learning”");
    }

    @Test
    void aDateTimeOrNumberThatIsNotOneIsRefusedBeforeHubServiceIsAsked() throws Exception {
        String html = mvc.perform(schedule("/events/new", "title", "T", "date.day", "31", "date.month", "2", "date.year", "2027",
                        "time", "25:00", "durationMinutes", "an hour", "capacity", "sixty"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#date-day\">Date must be a real date</a>")
                .contains("<a href=\"#time\">Start time must be a real time in the 24-hour clock, like 14:30</a>")
                .contains("<a href=\"#durationMinutes\">Length in minutes must be a number, like 60</a>")
                .contains("<a href=\"#capacity\">Number of places must be a number, like 100</a>")
                .contains("value=\"an hour\"").contains("value=\"25:00\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/open-events")));
    }

    @Test
    void hubServicesRefusalsLandOnTheFieldsTheyAreAboutInFormOrder() throws Exception {
        // hub-service numbers the speakers it was sent: the empty first row was not sent, so its speakers[0] is row 1
        stubPost("/api/open-events", 400, problem(400, "Invalid", """
                [{"field":"speakers[0].role","message":"Role must be 200 characters or fewer"},
                 {"field":"start","message":"The start must be in the future"},
                 {"field":"title","message":"Enter a title"}]"""));

        String html = mvc.perform(schedule("/events/new", "title", "", "speakers[0].name", "", "speakers[1].name", "Sam",
                        "speakers[1].role", "x".repeat(201), "date.day", "1", "date.month", "1", "date.year", "2020", "time", "10:00",
                        "durationMinutes", "60", "capacity", "10", "joiningLink", "https://x.example"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        int title = html.indexOf("<a href=\"#title\">Enter a title</a>");
        int date = html.indexOf("<a href=\"#date-day\">The start must be in the future</a>");
        int speaker = html.indexOf("<a href=\"#speakers-1-role\">Role must be 200 characters or fewer</a>");
        assertThat(title).isPositive().isLessThan(date);
        assertThat(date).isLessThan(speaker);
        assertThat(html).contains("<p id=\"speakers-1-role-error\" class=\"govuk-error-message\">")
                .contains("id=\"speakers-1-name\" name=\"speakers[1].name\" type=\"text\" value=\"Sam\"")
                .contains("id=\"date-year\" name=\"date.year\" type=\"text\" inputmode=\"numeric\" value=\"2020\"");
    }

    @Test
    void addAnotherSpeakerShowsTheFormAgainWithOneMoreRowSavingNothing() throws Exception {
        String html = mvc.perform(schedule("/events/new", "title", "Kept", "speakers[0].name", "A", "speakers[1].name", "B", "add", "speaker"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"Kept\"").contains("name=\"speakers[2].name\"").doesNotContain("name=\"speakers[3].name\"")
                .doesNotContain("govuk-error-summary");
        // Enter in a field saves: the form's first button is the main one
        assertThat(html.indexOf(">Schedule event</button>")).isPositive().isLessThan(html.indexOf(">Add another speaker</button>"));
        API.verify(0, postRequestedFor(urlEqualTo("/api/open-events")));
    }

    @Test
    void changingStartsFromTheEventInLondonTimeAndSendsTheVersionRead() throws Exception {
        String form = mvc.perform(get("/events/e1/edit").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<h1 class=\"govuk-heading-l\">Change the event</h1>")
                .contains("name=\"version\" value=\"7\"")
                .contains("id=\"date-day\" name=\"date.day\" type=\"text\" inputmode=\"numeric\" value=\"10\"")
                .contains("id=\"time\" name=\"time\" type=\"text\" value=\"12:00\"") // 11:00 UTC in British summer time
                .contains("id=\"durationMinutes\" name=\"durationMinutes\" type=\"text\" value=\"60\"")
                .contains("value=\"https://teams.example/meet/1\"")
                .contains("id=\"speakers-0-name\" name=\"speakers[0].name\" type=\"text\" value=\"Dr Asha Patel\"")
                .contains("name=\"speakers[1].name\"");

        API.stubFor(WireMock.put(urlEqualTo("/api/open-events/e1")).willReturn(EventStubs.json(200, event("e1", "New", SUMMER, 80, 32, 0,
                "SCHEDULED", null, null))));
        MvcResult saved = mvc.perform(schedule("/events/e1/edit", "version", "7", "title", "New", "summary", "S", "description", "D",
                        "date.day", "10", "date.month", "6", "date.year", "2027", "time", "12:30", "durationMinutes", "60", "capacity", "80",
                        "joiningLink", "https://teams.example/meet/1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/e1/registrations")).andReturn();
        API.verify(putRequestedFor(urlEqualTo("/api/open-events/e1")).withRequestBody(equalToJson("""
                {"title":"New","summary":"S","description":"D","speakers":[],"start":"2027-06-10T12:30:00","durationMinutes":60,
                 "capacity":80,"joiningLink":"https://teams.example/meet/1","version":7}""")));
        assertThat(flash(saved)).startsWith("Event changed: “New”");
    }

    @Test
    void aChangeMadeMeanwhileOrARefusedMoveIsExplainedAs409() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/open-events/e1")).willReturn(EventStubs.json(409, problem(409,
                "The capacity cannot be lower than the 48 places already confirmed.", "[]"))));

        String html = mvc.perform(schedule("/events/e1/edit", "version", "7", "title", "T", "date.day", "10", "date.month", "6",
                        "date.year", "2027", "time", "12:00", "capacity", "10"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">The capacity cannot be lower than the 48 places already confirmed.</a>")
                .contains("id=\"capacity\" name=\"capacity\" type=\"text\" value=\"10\"");
    }

    @Test
    void cancellingAsksWhyAndWarnsSayingWhoIsToldThenCancels() throws Exception {
        String confirm = mvc.perform(get("/events/e1/cancel").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to cancel “Equitable &lt;b&gt;recovery&lt;/b&gt;”")
                .contains("We email the 1 person with a place and the 1 on the waiting list")
                .contains("You cannot undo this.")
                .contains("<form method=\"post\" action=\"/events/e1/cancel\" novalidate>")
                .contains("id=\"reason\" name=\"reason\"").contains(">Cancel event</button>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/open-events/e1/cancel")));

        stubPost("/api/open-events/e1/cancel", 200, event("e1", "Equitable <b>recovery</b>", SUMMER, 60, 60, 0, "CANCELLED", null, null));
        MvcResult cancelled = mvc.perform(schedule("/events/e1/cancel", "reason", " The speaker is unwell "))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/manage")).andReturn();
        API.verify(postRequestedFor(urlEqualTo("/api/open-events/e1/cancel")).withRequestBody(equalToJson("{\"reason\":\"The speaker is unwell\"}")));
        assertThat(flash(cancelled)).isEqualTo("Event cancelled: “Equitable <b>recovery</b>”. Everyone registered is told");
    }

    @Test
    void cancellingAnEventNobodyRegisteredForSaysNobodyIsTold() throws Exception {
        stubGet("/api/open-events/e5/manage", event("e5", "Quiet", SUMMER, 60, 60, 0, "SCHEDULED", null,
                "\"joiningLink\":\"https://x.example\",\"version\":1,\"registrations\":[]"));

        String html = mvc.perform(get("/events/e5/cancel").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nobody has registered, so nobody needs to be told.").doesNotContain("We email the");
    }

    @Test
    void anEventAlreadyCancelledOffersNothingToCancel() throws Exception {
        stubGet("/api/open-events/e3/manage", event("e3", "Data for equity", SUMMER, 40, 40, 0, "CANCELLED", null,
                "\"joiningLink\":\"https://x.example\",\"version\":2,\"registrations\":[]"));

        String html = mvc.perform(get("/events/e3/cancel").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("“Data for equity” is cancelled").doesNotContain("<form method=\"post\" action=\"/events/e3/cancel\"");
    }

    @Test
    void cancellingWithoutAReasonShowsHubServicesWordsOnTheField() throws Exception {
        stubPost("/api/open-events/e1/cancel", 400, problem(400, "Invalid", "[{\"field\":\"reason\",\"message\":\"Enter why the event is cancelled\"}]"));

        String html = mvc.perform(schedule("/events/e1/cancel", "reason", "")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<a href=\"#reason\">Enter why the event is cancelled</a>");
        API.verify(postRequestedFor(urlEqualTo("/api/open-events/e1/cancel")).withRequestBody(equalToJson("{\"reason\":null}")));
    }
}
