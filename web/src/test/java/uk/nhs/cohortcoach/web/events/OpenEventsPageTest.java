package uk.nhs.cohortcoach.web.events;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.events.EventStubs.event;
import static uk.nhs.cohortcoach.web.events.EventStubs.inDays;
import static uk.nhs.cohortcoach.web.events.EventStubs.problem;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubGet;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubOrganisations;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubPost;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/**
 * The open events as anyone sees them, from a stubbed hub-service, no browser, no JavaScript: the list, an event with
 * its registration form, registering (signed in or not), refusals, and a closed or cancelled event.
 */
@PageTest
class OpenEventsPageTest {

    private static final Instant START = inDays(20);

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        stubOrganisations();
        stubGet("/api/open-events?when=upcoming", "{\"items\":[" + String.join(",",
                event("e1", "Equitable elective <script>alert(1)</script> recovery", START, 60, 12, 0, "SCHEDULED", null,
                        "\"speakers\":[{\"name\":\"Dr Asha Patel\",\"role\":\"Medical director\"},{\"name\":\"Sam Lee\",\"role\":null}]"),
                event("e2", "Board development in practice", inDays(30), 40, 0, 7, "SCHEDULED", null, null),
                event("e3", "Data for equity", inDays(40), 40, 1, 0, "CANCELLED", null, null)) + "]}");
        stubGet("/api/open-events?when=past", "{\"items\":[" + String.join(",",
                event("p1", "Embedding equity pauses", inDays(-30), 80, 0, 0, "SCHEDULED", "res-9", null),
                event("p2", "Quality improvement basics", inDays(-60), 80, 3, 0, "SCHEDULED", null, null)) + "]}");
        stubGet("/api/open-events/e1", event("e1", "Equitable elective <script>alert(1)</script> recovery", START, 60, 12, 0,
                "SCHEDULED", null, """
                "description":"Why waiting lists are not equal.\\n\\nHow three trusts <i>changed</i> that.\\nWhat you can do.",
                "speakers":[{"name":"Dr Asha Patel","role":"Medical director"}],"registrationOpen":true"""));
    }

    private MockHttpServletRequestBuilder register(String... fields) {
        MockHttpServletRequestBuilder request = post("/events/e1").with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void anyoneSeesTheUpcomingEventsWithPlacesOrTheWaitingListAndThePastOnesWithTheirRecordings() throws Exception {
        String html = mvc.perform(get("/events")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Open events – Cohort Coach</title>")
                .contains("Equitable elective &lt;script&gt;alert(1)&lt;/script&gt; recovery").doesNotContain("<script>alert(1)")
                .contains("<a class=\"govuk-link\" href=\"/events/e1\">")
                .contains(EventWords.when(START, START.plusSeconds(3600)))
                .contains("12 places left")
                .contains("Full: join the waiting list")
                .contains("Speakers: Dr Asha Patel, Medical director; Sam Lee")
                .contains("<strong class=\"govuk-tag govuk-tag--grey\">Cancelled</strong>")
                .contains("<a class=\"govuk-link\" href=\"/hub/resources/res-9\">Watch the recording<span class=\"govuk-visually-hidden\"> of Embedding equity pauses</span></a>")
                .doesNotContain("Manage events");
        // one recording link: the past event without a recording offers none
        assertThat(html.split("Watch the recording<", -1)).hasSize(2);
        assertThat(html.indexOf("Equitable elective")).isLessThan(html.indexOf("Board development")); // hub-service's order
        API.verify(anyRequestedFor(urlPathMatching("/api/.*")).withHeader("Authorization", absent()));
    }

    @Test
    void signedInEveryoneHasEventsInTheNavigationAndAManagerALinkToManageThem() throws Exception {
        String member = mvc.perform(get("/events").with(as("p-1", Role.PARTICIPANT))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(member).contains("<a class=\"govuk-service-navigation__link\" href=\"/events\" aria-current=\"page\">")
                .doesNotContain("href=\"/events/reach\"").doesNotContain("Manage events");

        String managers = mvc.perform(get("/events").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(managers).contains("<a class=\"govuk-link\" href=\"/events/manage\">Manage events</a>")
                .contains("href=\"/events/reach\">Reach</a>");
        // a page anyone may open answers the same whoever asks: hub-service is called without the person's token
        API.verify(anyRequestedFor(urlPathMatching("/api/.*")).withHeader("Authorization", absent()));
    }

    @Test
    void anEventShowsItsDetailsAddToCalendarAndTheRegistrationFormWithTheMemberOrganisations() throws Exception {
        String html = mvc.perform(get("/events/e1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Equitable elective &lt;script&gt;alert(1)&lt;/script&gt; recovery</h1>")
                .contains("<p class=\"govuk-body app-preserve-lines\">Why waiting lists are not equal.</p>")
                .contains("<p class=\"govuk-body app-preserve-lines\">How three trusts &lt;i&gt;changed&lt;/i&gt; that.\nWhat you can do.</p>")
                .contains("<li>Dr Asha Patel, Medical director</li>")
                .contains("href=\"/api/open-events/e1/calendar.ics\" download=\"open-event.ics\">Add to calendar")
                .contains("<form method=\"post\" action=\"/events/e1\" novalidate>").contains("name=\"_csrf\"")
                .contains("id=\"name\" name=\"name\" type=\"text\" value=\"\" autocomplete=\"name\"")
                .contains("id=\"email\" name=\"email\" type=\"email\"")
                .contains("<option value=\"\" selected>Choose your organisation</option>")
                .contains("<option value=\"RXG\">South West Yorkshire &lt;b&gt;Partnership&lt;/b&gt; NHS Foundation Trust (RXG)</option>")
                .contains("<option value=\"QF7\">NHS South Yorkshire Integrated Care Board (QF7)</option>")
                .contains("id=\"jobRole\" name=\"jobRole\"")
                .contains(">Register</button>")
                .doesNotContain("joiningLink").doesNotContain("govuk-error-summary");
    }

    @Test
    void registeringWithoutSigningInSendsTheFormAndSaysCheckYourEmail() throws Exception {
        stubPost("/api/open-events/e1/registrations", 202, "{\"message\":\"Check your email\"}");

        mvc.perform(register("name", " Pat Jones ", "email", "pat.jones@nhs.net", "odsCode", "RHQ", "jobRole", "Head of quality"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/e1/registered"));

        API.verify(postRequestedFor(urlEqualTo("/api/open-events/e1/registrations")).withHeader("Authorization", absent())
                .withRequestBody(equalToJson("""
                        {"name":"Pat Jones","email":"pat.jones@nhs.net","odsCode":"RHQ","jobRole":"Head of quality"}""")));
        String html = mvc.perform(get("/events/e1/registered")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Check your email</h1>")
                .contains("It says whether you have a place or are on the waiting list");
    }

    @Test
    void theAnswerNeverSaysWhetherTheAddressWasRegisteredBefore() throws Exception {
        // hub-service answers 202 whatever happened; even if its words differed, the page must not pass them on
        stubPost("/api/open-events/e1/registrations", 202, "{\"message\":\"You are already registered\"}");
        var before = mvc.perform(register("name", "Pat", "email", "pat@nhs.net", "odsCode", "RHQ", "jobRole", "Lead")).andReturn();
        stubPost("/api/open-events/e1/registrations", 202, "{\"message\":\"You have a place\"}");
        var fresh = mvc.perform(register("name", "Pat", "email", "new@nhs.net", "odsCode", "RHQ", "jobRole", "Lead")).andReturn();

        assertThat(before.getResponse().getStatus()).isEqualTo(fresh.getResponse().getStatus()).isEqualTo(302);
        assertThat(before.getResponse().getRedirectedUrl()).isEqualTo(fresh.getResponse().getRedirectedUrl());
        assertThat(before.getResponse().getContentAsString()).isEqualTo(fresh.getResponse().getContentAsString());
        assertThat(before.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("cc_flash"));
    }

    @Test
    void refusalsAreShownInFormOrderLinkedToTheirFieldsWithEverythingTypedKept() throws Exception {
        stubPost("/api/open-events/e1/registrations", 400, problem(400, "The request has invalid values.", """
                [{"field":"odsCode","message":"Select your organisation from the list"},
                 {"field":"email","message":"Enter an email address in the correct format, like name@example.com"}]"""));

        String html = mvc.perform(register("name", "Pat <Jones>", "email", "pat@", "odsCode", "RXG", "jobRole", "Lead \"QI\""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Equitable elective");
        assertThat(html.indexOf("<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>")).isPositive()
                .isLessThan(html.indexOf("<a href=\"#odsCode\">Select your organisation from the list</a>"));
        assertThat(html).contains("value=\"Pat &lt;Jones>\"").contains("value=\"pat@\"")
                .contains("<option value=\"RXG\" selected>").contains("value=\"Lead &#34;QI&#34;\"")
                .contains("<p id=\"odsCode-error\" class=\"govuk-error-message\">")
                .contains("govuk-select govuk-select--error\" id=\"odsCode\"");
    }

    @Test
    void registrationThatClosedMeanwhileIsExplainedWithHubServicesWords() throws Exception {
        stubPost("/api/open-events/e1/registrations", 409, problem(409, "Registration has closed: the event has started.", "[]"));

        String html = mvc.perform(register("name", "Pat", "email", "pat@nhs.net", "odsCode", "RHQ", "jobRole", "Lead"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">Registration has closed: the event has started.</a>");
    }

    @Test
    void aFullEventOffersTheWaitingListAndAClosedOrCancelledOneNoForm() throws Exception {
        stubGet("/api/open-events/e2", event("e2", "Board development", inDays(30), 40, 0, 7, "SCHEDULED", null,
                "\"description\":\"x\",\"speakers\":[],\"registrationOpen\":true"));
        assertThat(mvc.perform(get("/events/e2")).andReturn().getResponse().getContentAsString())
                .contains("This event is full. If you register, you join the waiting list")
                .contains(">Join the waiting list</button>");

        stubGet("/api/open-events/e4", event("e4", "Started", inDays(0), 40, 3, 0, "SCHEDULED", null,
                "\"description\":\"x\",\"speakers\":[],\"registrationOpen\":false"));
        assertThat(mvc.perform(get("/events/e4")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Registration for this event has closed.").doesNotContain("<form method=\"post\" action=\"/events/e4\"")
                .doesNotContain("Add to calendar");

        stubGet("/api/open-events/e3", event("e3", "Data for equity", inDays(40), 40, 1, 0, "CANCELLED", null,
                "\"description\":\"x\",\"speakers\":[],\"registrationOpen\":false"));
        assertThat(mvc.perform(get("/events/e3")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("This event has been cancelled").doesNotContain("<form method=\"post\" action=\"/events/e3\"")
                .doesNotContain("Add to calendar");
        API.verify(1, getRequestedFor(urlEqualTo("/api/member-organisations"))); // only the open event asked for them
    }

    @Test
    void aPastEventSaysItHasTakenPlaceAndLinksToItsRecording() throws Exception {
        stubGet("/api/open-events/p1", event("p1", "Embedding equity pauses", inDays(-30), 80, 0, 0, "SCHEDULED", "res-9",
                "\"description\":\"x\",\"speakers\":[],\"registrationOpen\":false"));

        String html = mvc.perform(get("/events/p1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("This event has taken place.").doesNotContain("Registration for this event has closed")
                .contains("href=\"/hub/resources/res-9\">Watch the recording").doesNotContain("Add to calendar")
                .doesNotContain("name=\"odsCode\"");
    }

    @Test
    void anEventHubServiceDoesNotKnowIsPageNotFound() throws Exception {
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlEqualTo("/api/open-events/nope"))
                .willReturn(EventStubs.json(404, null)));

        String html = mvc.perform(get("/events/nope")).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Page not found");
    }

    @Test
    void aRegistrationWithoutTheFormsCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
        String html = mvc.perform(post("/events/e1").param("name", "Pat").param("email", "pat@nhs.net"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This form has expired");
        API.verify(0, postRequestedFor(urlEqualTo("/api/open-events/e1/registrations")));
    }
}
