package uk.nhs.cohortcoach.web.events;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.events.EventStubs.event;
import static uk.nhs.cohortcoach.web.events.EventStubs.inDays;
import static uk.nhs.cohortcoach.web.events.EventStubs.problem;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubGet;
import static uk.nhs.cohortcoach.web.events.EventStubs.stubPost;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** One event for a programme manager: registrants, attendance (ticks and an imported report), the recording, feedback and reach. */
@PageTest
class EventRegistrationsPageTest {

    private static final String REGISTRATIONS = """
            "registrations":[
             {"id":"r1","name":"Pat <i>Jones</i>","email":"pat@nhs.net","odsCode":"RHQ","organisationName":"Sheffield Teaching Hospitals",
              "jobRole":"Head of QI","status":"CONFIRMED","position":null,"attended":true,"registeredAt":"2026-11-01T10:00:00Z"},
             {"id":"r2","name":"Sam Lee","email":"sam@nhs.net","odsCode":"RXG","organisationName":"South West Yorkshire Partnership",
              "jobRole":"Nurse","status":"WAITLISTED","position":2,"attended":false,"registeredAt":"2026-11-02T10:00:00Z"},
             {"id":"r3","name":"Alex Kay","email":"alex@nhs.net","odsCode":"QF7","organisationName":"South Yorkshire ICB",
              "jobRole":"Analyst","status":"CANCELLED","position":null,"attended":false,"registeredAt":"2026-11-03T10:00:00Z"}]""";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        stubGet("/api/open-events/past1/manage", event("past1", "Equity pauses", inDays(-3), 60, 59, 1, "SCHEDULED", null,
                "\"joiningLink\":\"https://teams.example/1\",\"version\":3," + REGISTRATIONS));
        stubGet("/api/open-events/past1", event("past1", "Equity pauses", inDays(-3), 60, 59, 1, "SCHEDULED", null,
                "\"description\":\"d\",\"speakers\":[],\"registrationOpen\":false"));
        stubGet("/api/open-events/soon/manage", event("soon", "Coming up", inDays(5), 60, 59, 1, "SCHEDULED", null,
                "\"joiningLink\":\"https://teams.example/2\",\"version\":1," + REGISTRATIONS));
    }

    @Test
    void registrantsAreListedWithOrganisationRoleStatusAndPlaceOnTheWaitingList() throws Exception {
        String html = mvc.perform(get("/events/past1/registrations").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Equity pauses</h1>")
                .contains("https://teams.example/1")
                .contains("Pat &lt;i&gt;Jones&lt;/i&gt;<span class=\"app-subject\">pat@nhs.net</span>").doesNotContain("<i>Jones")
                .contains("Sheffield Teaching Hospitals<span class=\"app-subject\">RHQ</span>")
                .contains("<td class=\"govuk-table__cell\">Head of QI</td>")
                .contains("<strong class=\"govuk-tag govuk-tag--green\">Confirmed</strong>")
                .contains("<strong class=\"govuk-tag govuk-tag--yellow\">On the waiting list</strong><span class=\"app-subject\">Number 2</span>")
                .contains("<strong class=\"govuk-tag govuk-tag--grey\">Cancelled</strong>")
                .contains("role=\"region\" aria-label=\"Registrations\" tabindex=\"0\"")
                // attendance, once the event has started: ticks for everyone not cancelled, saved with one button
                .contains("<form method=\"post\" action=\"/events/past1/attendance\" id=\"attendance\" novalidate>")
                .contains("name=\"attended\" type=\"checkbox\" value=\"r1\" checked")
                .contains("name=\"attended\" type=\"checkbox\" value=\"r2\">")
                .doesNotContain("value=\"r3\"")
                .contains("<span class=\"govuk-visually-hidden\">Pat &lt;i&gt;Jones&lt;/i&gt; attended</span>")
                .contains(">Save attendance</button>")
                .contains("enctype=\"multipart/form-data\" id=\"import-attendance\"")
                .contains("href=\"/events/past1/recording\">Publish the recording</a>")
                .contains("href=\"/events/past1/feedback\">See the feedback</a>")
                .doesNotContain("href=\"/events/past1/edit\""); // it has taken place
    }

    @Test
    void beforeTheEventStartsThereIsNoAttendanceToRecordButItCanBeChangedOrCancelled() throws Exception {
        String html = mvc.perform(get("/events/soon/registrations").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("You can record who attended once the event has started.")
                .doesNotContain("type=\"checkbox\"").doesNotContain("Save attendance").doesNotContain("import-attendance")
                .doesNotContain("Publish the recording")
                .contains("href=\"/events/soon/edit\">Change the event</a>").contains("href=\"/events/soon/cancel\">Cancel the event</a>");
    }

    @Test
    void attendanceTicksAreSavedWithOneButton() throws Exception {
        stubPost("/api/open-events/past1/attendance", 200, "{}");

        MvcResult saved = mvc.perform(post("/events/past1/attendance").with(manager()).with(csrf()).param("attended", "r1", "r2", "r1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/past1/registrations")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/open-events/past1/attendance"))
                .withRequestBody(equalToJson("{\"attendedRegistrationIds\":[\"r1\",\"r2\"]}")));
        assertThat(flash(saved)).isEqualTo("Attendance saved: 2 people attended");

        mvc.perform(post("/events/past1/attendance").with(manager()).with(csrf())).andExpect(status().isFound());
        API.verify(postRequestedFor(urlEqualTo("/api/open-events/past1/attendance"))
                .withRequestBody(equalToJson("{\"attendedRegistrationIds\":[]}"))); // nobody ticked: nobody attended
    }

    @Test
    void attendanceRefusedByHubServiceIsExplained() throws Exception {
        stubPost("/api/open-events/past1/attendance", 409, problem(409, "Attendance can be recorded once the event has started.", "[]"));

        String html = mvc.perform(post("/events/past1/attendance").with(manager()).with(csrf()).param("attended", "r1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<a href=\"#main-content\">Attendance can be recorded once the event has started.</a>");
    }

    @Test
    void anAttendanceReportIsForwardedAsCsvAndItsReportShown() throws Exception {
        String csv = "\uFEFFFull Name,User Action,Timestamp,Email\nPat Jones,Joined,14/01/2027 12:01,PAT@nhs.net\nSomeone,Joined,14/01/2027 12:05,x@y.z\n";
        stubPost("/api/open-events/past1/attendance/import", 200, """
                {"matched":1,"unmatched":["Row 3: Someone <script>", {"row":4,"description":"no email"}],"attendedRegistrationIds":["r1"]}""");

        String html = mvc.perform(multipart("/events/past1/attendance/import").file(new MockMultipartFile("file", "attendance.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(manager()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        API.verify(postRequestedFor(urlEqualTo("/api/open-events/past1/attendance/import"))
                .withHeader("Content-Type", containing("text/csv")).withRequestBody(equalTo(csv)));
        assertThat(html).contains("1 registration matched: attendance recorded")
                .contains("2 rows of the report matched no registration")
                .contains("<li>Row 3: Someone &lt;script&gt;</li>").contains("<li>4, no email</li>");
    }

    @Test
    void aFileThatIsNotAnAttendanceReportIsRefusedInWords() throws Exception {
        String none = mvc.perform(multipart("/events/past1/attendance/import").with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("<a href=\"#file\">Select a CSV file</a>").contains("govuk-file-upload govuk-file-upload--error");

        String pdf = mvc.perform(multipart("/events/past1/attendance/import").file(new MockMultipartFile("file", "report.pdf", "application/pdf",
                        new byte[] {1, 2})).with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(pdf).contains("<a href=\"#file\">The selected file must be a CSV</a>");

        String big = mvc.perform(multipart("/events/past1/attendance/import").file(new MockMultipartFile("file", "big.csv", "text/csv",
                        new byte[(int) RegistrationsController.MAX_IMPORT_BYTES + 1])).with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(big).contains("The selected file must be smaller than 2MB");
        API.verify(0, postRequestedFor(urlEqualTo("/api/open-events/past1/attendance/import")));

        stubPost("/api/open-events/past1/attendance/import", 400, problem(400, "The file cannot be imported.",
                "[{\"field\":\"file\",\"message\":\"The file has no email column. Export the attendance report with email addresses\"}]"));
        String refused = mvc.perform(multipart("/events/past1/attendance/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "Name\nPat\n".getBytes(StandardCharsets.UTF_8))).with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<a href=\"#file\">The file has no email column. Export the attendance report with email addresses</a>");
    }

    @Test
    void theRecordingIsPublishedWithItsLinkLengthAndSummary() throws Exception {
        String form = mvc.perform(get("/events/past1/recording").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<form method=\"post\" action=\"/events/past1/recording\" novalidate>")
                .contains("id=\"videoLink\"").contains("id=\"durationMinutes\"").contains("id=\"summary\"");

        stubPost("/api/open-events/past1/recording", 200, "{\"resourceId\":\"res-1\"}");
        MvcResult published = mvc.perform(post("/events/past1/recording").with(manager()).with(csrf())
                        .param("videoLink", "https://video.example/1").param("durationMinutes", "55").param("summary", "What we covered"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/events/past1/registrations")).andReturn();
        API.verify(postRequestedFor(urlEqualTo("/api/open-events/past1/recording")).withRequestBody(equalToJson("""
                {"videoLink":"https://video.example/1","durationMinutes":55,"summary":"What we covered"}""")));
        assertThat(flash(published)).startsWith("Recording of “Equity pauses” published in the knowledge hub");

        String notANumber = mvc.perform(post("/events/past1/recording").with(manager()).with(csrf())
                        .param("videoLink", "https://video.example/1").param("durationMinutes", "about an hour"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notANumber).contains("<a href=\"#durationMinutes\">Length of the recording in minutes must be a number, like 55</a>");

        stubPost("/api/open-events/past1/recording", 400, problem(400, "Invalid", "[{\"field\":\"videoLink\",\"message\":\"Enter a link starting with https://\"}]"));
        String refused = mvc.perform(post("/events/past1/recording").with(manager()).with(csrf()).param("videoLink", "http://x"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<a href=\"#videoLink\">Enter a link starting with https://</a>").contains("value=\"http://x\"");
    }

    @Test
    void suppressedFeedbackShowsNothingButFewerThanFive() throws Exception {
        stubGet("/api/open-events/past1/feedback", """
                {"responses":null,"suppressed":true,"ratingCounts":null,"averageRating":null,"comments":[]}""");

        String html = mvc.perform(get("/events/past1/feedback").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Fewer than 5 people have given feedback")
                .doesNotContain("Average rating").doesNotContain("<caption class=\"govuk-table__caption govuk-table__caption--m\">Ratings")
                .doesNotContain("Comments</h2>");
    }

    @Test
    void aSuppressedResultShowsNoFigureEvenIfOneCameWithIt() throws Exception {
        // were hub-service ever to send figures beside "suppressed", the page must still not show them
        stubGet("/api/open-events/past1/feedback", """
                {"responses":4,"suppressed":true,"ratingCounts":{"1":0,"2":0,"3":1,"4":1,"5":2},"averageRating":4.25,
                 "comments":["Only I would write this"]}""");

        String html = mvc.perform(get("/events/past1/feedback").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Fewer than 5 people have given feedback")
                .doesNotContain("4.3 out of 5").doesNotContain("4.2 out of 5").doesNotContain("Only I would write this")
                .doesNotContain("govuk-table__cell--numeric");
    }

    @Test
    void feedbackShowsCountsPerRatingTheAverageAndTheCommentsAsText() throws Exception {
        stubGet("/api/open-events/past1/feedback", """
                {"responses":6,"suppressed":false,"ratingCounts":{"1":0,"2":1,"3":0,"4":2,"5":3},"averageRating":4.1666,
                 "comments":["Great <script>x</script>","Too short"]}""");

        String html = mvc.perform(get("/events/past1/feedback").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("Fewer than 5")
                .contains("<dd class=\"govuk-summary-list__value\">6</dd>")
                .contains("4.2 out of 5")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Very good (5)</th>\n          <td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Poor (2)</th>\n          <td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>")
                .contains("Great &lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x").contains("Too short");
    }

    @Test
    void reachOverThePastTwelveMonthsByDefaultBySectorAndOrganisation() throws Exception {
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/open-events/reach")).willReturn(EventStubs.json(200, """
                {"events":3,"registrations":120,"attended":85,"organisations":41,
                 "byOrganisation":[{"odsCode":"RHQ","name":"Sheffield <b>Teaching</b>","sector":"ACUTE","registrations":12,"attended":9}],
                 "bySector":[{"sector":"MENTAL_HEALTH","registrations":30,"attended":20,"organisations":9},
                             {"sector":"INTEGRATED_CARE_BOARD","registrations":5,"attended":5,"organisations":3}]}""")));

        String html = mvc.perform(get("/events/reach").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        API.verify(getRequestedFor(urlEqualTo("/api/open-events/reach?from=" + today.minusMonths(12) + "&to=" + today)));
        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Reach of the open events</h1>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/events/reach\" aria-current=\"page\">")
                .contains("<form method=\"get\" action=\"/events/reach\" novalidate>")
                .contains("id=\"from-year\" name=\"from.year\" type=\"text\" inputmode=\"numeric\" value=\"" + today.minusMonths(12).getYear() + "\"")
                .contains("<dd class=\"govuk-summary-list__value\">120</dd>").contains("<dd class=\"govuk-summary-list__value\">41</dd>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Mental health</th>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Integrated care board</th>")
                .contains("Sheffield &lt;b&gt;Teaching&lt;/b&gt;<span class=\"app-subject\">RHQ</span>")
                .contains("role=\"region\" aria-label=\"By organisation\" tabindex=\"0\"");
    }

    @Test
    void aChosenPeriodIsAskedForAndADateThatIsNotOneIsRefusedFirst() throws Exception {
        API.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/open-events/reach")).willReturn(EventStubs.json(200, """
                {"events":0,"registrations":0,"attended":0,"organisations":0,"byOrganisation":[],"bySector":[]}""")));

        String html = mvc.perform(get("/events/reach").with(manager()).param("from.day", "1").param("from.month", "4").param("from.year", "2026")
                        .param("to.day", "31").param("to.month", "3").param("to.year", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        API.verify(getRequestedFor(urlEqualTo("/api/open-events/reach?from=2026-04-01&to=2027-03-31")));
        assertThat(html).contains("Nobody registered for an event in this period.");

        String wrong = mvc.perform(get("/events/reach").with(manager()).param("from.day", "31").param("from.month", "2").param("from.year", "2026"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("<a href=\"#from-day\">Start of the period must be a real date</a>").doesNotContain("govuk-summary-list__value");
        API.verify(1, getRequestedFor(urlPathEqualTo("/api/open-events/reach")));
    }

    @Test
    void oneEventsReachIsShownForThatEvent() throws Exception {
        stubGet("/api/open-events/past1/reach", """
                {"events":1,"registrations":3,"attended":1,"organisations":3,
                 "byOrganisation":[{"odsCode":"RHQ","name":"Sheffield","sector":"ACUTE","registrations":1,"attended":1}],
                 "bySector":[{"sector":"ACUTE","registrations":1,"attended":1,"organisations":1}]}""");

        String html = mvc.perform(get("/events/past1/reach").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1 class=\"govuk-heading-l\">Who “Equity pauses” reached</h1>")
                .doesNotContain("action=\"/events/reach\"").contains("<th scope=\"row\" class=\"govuk-table__header\">Acute</th>");
    }
}
