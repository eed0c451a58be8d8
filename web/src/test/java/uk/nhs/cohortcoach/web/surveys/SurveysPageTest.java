package uk.nhs.cohortcoach.web.surveys;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
import static uk.nhs.cohortcoach.web.surveys.SurveyStubs.json;
import static uk.nhs.cohortcoach.web.surveys.SurveyStubs.problem;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** {@code /surveys}: the waves, opening or scheduling one, reminders, closing and cancelling, frameworks; no JavaScript. */
@PageTest
class SurveysPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        SurveyStubs.cohorts();
        SurveyStubs.frameworks();
        SurveyStubs.waves();
    }

    @Test
    void listsTheWavesWithTheirRatesHidingWhatTheApiHidesAndOffersWhatEachStatusAllows() throws Exception {
        String html = mvc.perform(get("/surveys").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Surveys – Cohort Coach</title>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/surveys\" aria-current=\"page\">")
                .contains("role=\"region\" aria-label=\"Survey waves\" tabindex=\"0\"")
                .contains("Phase 1 &lt;b&gt;North&lt;/b&gt;").doesNotContain("<b>North")
                .contains("Pilot &lt;i&gt;round&lt;/i&gt;").doesNotContain("<i>round")
                // London time, GOV.UK dates
                .contains("2 November 2026 at 09:00").contains("20 December 2026 at 17:00")
                .contains("1 July 2030 at 09:00") // 08:00 UTC in summer
                .contains("<strong class=\"govuk-tag govuk-tag--yellow\">Scheduled – opens 1 July 2030 at 09:00</strong>")
                .contains("<strong class=\"govuk-tag govuk-tag--green\">Open</strong>")
                .contains("7 of 12 responded (58.3%)")
                .contains("9 invited, fewer than 5 responded")
                .contains("<td class=\"govuk-table__cell\">Nobody is invited until it opens</td>")
                // a closed wave's end is when it was closed
                .contains("10 April 2026 at 13:00")
                .contains("<a class=\"govuk-link\" href=\"/surveys/w-open\">Midpoint<span class=\"govuk-visually-hidden\"> survey for Phase 1 &lt;b&gt;North&lt;/b&gt;</span></a>")
                .contains("<form method=\"post\" action=\"/surveys/w-open/reminders\" novalidate>")
                .contains("href=\"/surveys/w-open/close?from=list\">Close")
                .contains("href=\"/surveys/w-later/cancel?from=list\">Cancel")
                .doesNotContain("/surveys/w-small/close").doesNotContain("/surveys/w-small/cancel").doesNotContain("/surveys/w-open/cancel")
                .doesNotContain("Bearer");
        // the form: cohorts, the latest framework chosen, opening now, closing in two weeks at 17:00
        assertThat(html).contains("<form method=\"post\" action=\"/surveys\" novalidate>")
                .contains("<option value=\"\" selected>Choose a cohort</option>")
                .contains("<option value=\"c1\">Phase 1 &lt;b&gt;North&lt;/b&gt;</option>")
                .contains("<option value=\"pha-maturity|2\" selected>Population health maturity (version 2)</option>")
                .contains("<option value=\"pha-maturity|1\">Population health maturity (version 1, in use)</option>")
                .contains("id=\"opening\" name=\"opening\" type=\"radio\" value=\"now\" checked")
                .contains("data-aria-controls=\"conditional-opening-2\"")
                .contains("id=\"opensAt-day\" name=\"opensAt.day\"")
                .contains("id=\"closesAtTime\" name=\"closesAtTime\" type=\"text\" value=\"17:00\"")
                .contains("<form method=\"post\" action=\"/surveys/frameworks\" novalidate>")
                .doesNotContain("govuk-error-summary");
        API.verify(getRequestedFor(urlPathEqualTo("/api/waves")).withHeader("Authorization", matching("Bearer ey.+")));
    }

    @Test
    void whatTheFormCanTellIsRefusedInFormOrderBeforeTheApiIsAsked() throws Exception {
        String html = mvc.perform(wave().param("opening", "later")
                        .param("opensAt.day", "31").param("opensAt.month", "2").param("opensAt.year", "2030").param("opensAtTime", "9")
                        .param("closesAt.day", "20").param("closesAt.month", "1").param("closesAt.year", "2031").param("closesAtTime", "25:00")
                        .param("reminderDays", "7, two"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Surveys – Cohort Coach</title>");
        assertInOrder(html,
                "<a href=\"#opensAt-day\">Opening date must be a real date</a>",
                "<a href=\"#opensAtTime\">Opening time must be a real time in the 24-hour clock, like 14:30</a>",
                "<a href=\"#closesAtTime\">Closing time must be a real time in the 24-hour clock, like 14:30</a>",
                "<a href=\"#reminderDays\">Reminder days must be whole numbers separated by commas, like 7, 2</a>");
        assertThat(html).contains("<p id=\"reminderDays-error\" class=\"govuk-error-message\">")
                .contains("value=\"7, two\"")
                .contains("id=\"opening-2\" name=\"opening\" type=\"radio\" value=\"later\" checked")
                .contains("class=\"govuk-radios__conditional\" id=\"conditional-opening-2\""); // shown, not hidden, with JS off
        API.verify(0, postRequestedFor(urlEqualTo("/api/waves")));
    }

    @Test
    void theApisRefusalsAreShownOnTheFormsFieldsInFormOrder() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/waves")).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"errors":[
                  {"field":"closesAt","message":"The closing time must be after the opening time"},
                  {"field":"reminders.daysBeforeClose[0]","message":"Each reminder must fall after the wave opens"},
                  {"field":"label","message":"Enter a label for the wave"},
                  {"field":"cohortId","message":"Select a cohort"}]}""")));

        String html = mvc.perform(wave().param("cohortId", "").param("label", "other").param("otherLabel", "")
                        .param("closesAt.day", "1").param("closesAt.month", "1").param("closesAt.year", "2020").param("closesAtTime", "17:00")
                        .param("reminderDays", "30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertInOrder(html,
                "<a href=\"#cohortId\">Select a cohort</a>",
                "<a href=\"#otherLabel\">Enter a label for the wave</a>",
                "<a href=\"#closesAt-day\">The closing time must be after the opening time</a>",
                "<a href=\"#reminderDays\">Each reminder must fall after the wave opens</a>");
        assertThat(html).contains("<p id=\"otherLabel-error\" class=\"govuk-error-message\">")
                .contains("<p id=\"closesAt-error\" class=\"govuk-error-message\">");
    }

    @Test
    void aWaveOpenedNowIsSentWithLondonTimesAndTheListSaysHowManyWereInvited() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/waves")).willReturn(json("""
                {"id":"w-new","cohortId":"c1","label":"baseline","frameworkId":"pha-maturity","frameworkNumber":2,
                 "opensAt":"2026-12-07T09:00:00Z","closesAt":"2031-01-20T17:00:00Z","status":"OPEN","reminders":[],
                 "counts":{"invited":14,"submitted":null,"suppressed":true,"note":"fewer than 5"}}""").withStatus(201)));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        MvcResult created = mvc.perform(wave().param("cohortId", "c1").param("framework", "pha-maturity|2").param("label", "baseline")
                        .param("opening", "now")
                        .param("closesAt.day", "20").param("closesAt.month", "1").param("closesAt.year", "2031").param("closesAtTime", "17:00")
                        .param("reminderDays", "7, 2"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/waves")).withHeader("Authorization", matching("Bearer ey.+"))
                .withRequestBody(equalToJson("""
                        {"cohortId":"c1","label":"baseline","frameworkId":"pha-maturity","frameworkNumber":2,
                         "opensAt":"${json-unit.any-string}","closesAt":"2031-01-20T17:00:00Z","reminders":{"daysBeforeClose":[7,2]}}""")));
        assertThat(Instant.parse(sentWave().get("opensAt").asString())).isBetween(before, Instant.now());
        assertThat(flash(created)).isEqualTo("Baseline survey for Phase 1 <b>North</b> opened: 14 people were invited");

        String list = mvc.perform(get("/surveys").with(manager()).cookie(created.getResponse().getCookie("cc_flash")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("<p class=\"govuk-notification-banner__heading\">Baseline survey for Phase 1 &lt;b&gt;North&lt;/b&gt; opened: 14 people were invited</p>");
    }

    @Test
    void aWaveScheduledForLaterOpensAtTheLondonTimeChosenWithNoRemindersWhenAskedForNone() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/waves")).willReturn(json("""
                {"id":"w-new","cohortId":"c1","label":"Autumn check","frameworkId":"pha-maturity","frameworkNumber":1,
                 "opensAt":"2030-07-01T08:00:00Z","closesAt":"2030-07-15T16:00:00Z","status":"SCHEDULED","reminders":[],
                 "counts":{"invited":0,"submitted":null,"suppressed":true,"note":"fewer than 5"}}""").withStatus(201)));

        MvcResult created = mvc.perform(wave().param("cohortId", "c1").param("framework", "pha-maturity|1")
                        .param("label", "other").param("otherLabel", " Autumn check ").param("opening", "later")
                        .param("opensAt.day", "1").param("opensAt.month", "7").param("opensAt.year", "2030").param("opensAtTime", "9:00")
                        .param("closesAt.day", "15").param("closesAt.month", "7").param("closesAt.year", "2030").param("closesAtTime", "17.00")
                        .param("reminderDays", "7").param("noReminders", "yes"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/waves")).withRequestBody(equalToJson("""
                {"cohortId":"c1","label":"Autumn check","frameworkId":"pha-maturity","frameworkNumber":1,
                 "opensAt":"2030-07-01T08:00:00Z","closesAt":"2030-07-15T16:00:00Z","reminders":{"daysBeforeClose":[]}}""")));
        assertThat(flash(created)).isEqualTo("Autumn check survey for Phase 1 <b>North</b> scheduled to open on 1 July 2030 at 09:00. Nobody is invited until then");
    }

    @Test
    void withoutReminderDaysTheApiChoosesTheUsualReminders() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/waves")).willReturn(json("""
                {"id":"w-new","cohortId":"c1","label":"end","frameworkId":"pha-maturity","frameworkNumber":2,
                 "opensAt":"2030-07-01T08:00:00Z","closesAt":"2030-07-15T16:00:00Z","status":"OPEN","reminders":[],
                 "counts":{"invited":1,"submitted":null,"suppressed":true,"note":"fewer than 5"}}""").withStatus(201)));

        MvcResult created = mvc.perform(wave().param("cohortId", "c1").param("framework", "pha-maturity|2").param("label", "end")
                        .param("closesAt.day", "15").param("closesAt.month", "7").param("closesAt.year", "2030").param("closesAtTime", "17:00"))
                .andExpect(status().isFound()).andReturn();

        assertThat(sentWave().has("reminders")).as("no reminders: the API's usual ones").isFalse();
        assertThat(sentWave().get("closesAt").asString()).isEqualTo("2030-07-15T16:00:00Z");
        assertThat(flash(created)).endsWith("opened: 1 person was invited");
    }

    @Test
    void anOpeningTimeAlreadyPastIsWarnedAboutOnceThenCreatedWhenSentAgain() throws Exception {
        MockHttpServletRequestBuilder past = wave().param("cohortId", "c1").param("framework", "pha-maturity|2").param("label", "baseline")
                .param("opening", "later")
                .param("opensAt.day", "1").param("opensAt.month", "12").param("opensAt.year", "2020").param("opensAtTime", "09:00")
                .param("closesAt.day", "20").param("closesAt.month", "1").param("closesAt.year", "2031").param("closesAtTime", "17:00");

        String warned = mvc.perform(past).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(warned).contains("<div class=\"govuk-warning-text\" id=\"opensAtTime-warning\">")
                .contains("This time has already passed. If you create the wave, it opens straight away and everyone is invited now.")
                .contains("aria-describedby=\"opensAtTime-hint opensAtTime-warning\"")
                .contains("<input type=\"hidden\" name=\"pastConfirmed\" value=\"yes\">")
                .contains("value=\"2020\"")
                .doesNotContain("govuk-error-summary");
        API.verify(0, postRequestedFor(urlEqualTo("/api/waves")));

        API.stubFor(WireMock.post(urlEqualTo("/api/waves")).willReturn(json("""
                {"id":"w-new","cohortId":"c1","label":"baseline","frameworkId":"pha-maturity","frameworkNumber":2,
                 "opensAt":"2020-12-01T09:00:00Z","closesAt":"2031-01-20T17:00:00Z","status":"OPEN","reminders":[],
                 "counts":{"invited":6,"submitted":null,"suppressed":true,"note":"fewer than 5"}}""").withStatus(201)));
        mvc.perform(past.param("pastConfirmed", "yes")).andExpect(status().isFound()).andExpect(redirectedUrl("/surveys"));
        API.verify(postRequestedFor(urlEqualTo("/api/waves")).withRequestBody(matchingJsonPath("$.opensAt", WireMock.equalTo("2020-12-01T09:00:00Z"))));
    }

    @Test
    void remindersAreSentAtOnceAndTheBannerSaysHowManyPeople() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/waves/w-open/reminders")).willReturn(json("{\"waveId\":\"w-open\",\"reminded\":3}")));

        MvcResult fromList = mvc.perform(post("/surveys/w-open/reminders").with(manager()).with(csrf()).param("from", "list"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys")).andReturn();
        assertThat(flash(fromList)).isEqualTo("Reminders sent to 3 people who have not answered yet");

        API.stubFor(WireMock.post(urlEqualTo("/api/waves/w-open/reminders")).willReturn(json("{\"waveId\":\"w-open\",\"reminded\":0}")));
        MvcResult fromWave = mvc.perform(post("/surveys/w-open/reminders").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys/w-open")).andReturn();
        assertThat(flash(fromWave)).isEqualTo("Nobody needed a reminder: everyone invited has answered");
    }

    @Test
    void closingAWaveAsksFirstThenClosesIt() throws Exception {
        SurveyStubs.wave("w-open", "OPEN");
        API.stubFor(WireMock.post(urlEqualTo("/api/waves/w-open/close")).willReturn(WireMock.aResponse().withStatus(204)));

        String confirm = mvc.perform(get("/surveys/w-open/close").with(manager()).queryParam("from", "list"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("<h1 class=\"govuk-heading-l\">Are you sure you want to close the Midpoint survey for Phase 1 &lt;b&gt;North&lt;/b&gt; now?</h1>")
                .contains("<form method=\"post\" action=\"/surveys/w-open/close?from=list\" novalidate>")
                .contains(">Close the survey</button>")
                .contains("<a class=\"govuk-link\" href=\"/surveys\">Cancel</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/waves/w-open/close")));

        MvcResult closed = mvc.perform(post("/surveys/w-open/close").queryParam("from", "list").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys")).andReturn();
        API.verify(postRequestedFor(urlEqualTo("/api/waves/w-open/close")).withHeader("Authorization", matching("Bearer ey.+")));
        assertThat(flash(closed)).isEqualTo("Midpoint survey for Phase 1 <b>North</b> closed");
    }

    @Test
    void cancellingAScheduledWaveAsksFirstAndAWaveThatOpenedMeanwhileIsExplained() throws Exception {
        SurveyStubs.wave("w-later", "SCHEDULED");
        String confirm = mvc.perform(get("/surveys/w-later/cancel").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to cancel the Midpoint survey for Phase 1 &lt;b&gt;North&lt;/b&gt;?")
                .contains("action=\"/surveys/w-later/cancel\"").contains(">Cancel the survey</button>")
                .contains("<a class=\"govuk-link\" href=\"/surveys/w-later\">Cancel</a>");

        API.stubFor(WireMock.post(urlEqualTo("/api/waves/w-later/cancel")).willReturn(problem(409, """
                {"title":"Conflict","status":409,"detail":"The wave has opened, so it cannot be cancelled. Close it instead."}""")));
        String refused = mvc.perform(post("/surveys/w-later/cancel").with(manager()).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The wave has opened, so it cannot be cancelled. Close it instead.")
                .doesNotContain("govuk-button--warning")
                .contains("<a class=\"govuk-link\" href=\"/surveys/w-later\">Go back</a>");
    }

    @Test
    void aWaveNotOpenIsNotOfferedForClosing() throws Exception {
        SurveyStubs.wave("w-done", "CLOSED");

        String page = mvc.perform(get("/surveys/w-done/close").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This survey is not open, so it cannot be closed.").doesNotContain("govuk-button--warning");
    }

    @Test
    void aNewFrameworkCopiesTheStatementsOfTheVersionChosen() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/frameworks/pha-maturity/versions/2")).willReturn(json("""
                {"frameworkId":"pha-maturity","number":2,"name":"Population health maturity","frozen":false,
                 "components":[{"component":"LEADERSHIP","title":"Leadership","commentAllowed":true,
                                "statements":[{"id":"s1","text":"We lead","required":true}]}]}""")));
        API.stubFor(WireMock.post(urlEqualTo("/api/frameworks")).willReturn(json("""
                {"frameworkId":"ics-maturity","number":1,"name":"ICS maturity","frozen":false,"components":[]}""").withStatus(201)));

        MvcResult created = mvc.perform(post("/surveys/frameworks").with(manager()).with(csrf())
                        .param("frameworkName", " ICS maturity ").param("newFrameworkId", "").param("frameworkSource", "pha-maturity|2"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/surveys")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/frameworks")).withRequestBody(equalToJson("""
                {"name":"ICS maturity","components":[{"component":"LEADERSHIP","title":"Leadership","commentAllowed":true,
                  "statements":[{"id":"s1","text":"We lead","required":true}]}]}""")));
        assertThat(flash(created)).isEqualTo("Framework ICS maturity created (ics-maturity, version 1). Waves can use it now");
    }

    @Test
    void aRefusedFrameworkIsShownOnItsOwnFormKeepingWhatWasTyped() throws Exception {
        API.stubFor(WireMock.get(urlEqualTo("/api/frameworks/pha-maturity/versions/1")).willReturn(json("""
                {"frameworkId":"pha-maturity","number":1,"name":"Population health maturity","frozen":true,"components":[]}""")));
        API.stubFor(WireMock.post(urlEqualTo("/api/frameworks")).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"errors":[
                  {"field":"frameworkId","message":"Framework id must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit"},
                  {"field":"name","message":"Enter a name for the framework"}]}""")));

        String html = mvc.perform(post("/surveys/frameworks").with(manager()).with(csrf())
                        .param("frameworkName", "").param("newFrameworkId", "Bad Id").param("frameworkSource", "pha-maturity|1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertInOrder(html, "<a href=\"#frameworkName\">Enter a name for the framework</a>",
                "<a href=\"#newFrameworkId\">Framework id must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit</a>");
        assertThat(html).contains("value=\"Bad Id\"").contains("<p id=\"frameworkName-error\" class=\"govuk-error-message\">")
                .contains("<option value=\"pha-maturity|1\" selected>");
    }

    @Test
    void aCoachCannotOpenTheSurveysListNorChangeAWave() throws Exception {
        mvc.perform(get("/surveys").with(coach())).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/w-open/close").with(coach())).andExpect(status().isForbidden());
        mvc.perform(post("/surveys/w-open/reminders").with(coach()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/surveys").with(coach()).with(csrf())).andExpect(status().isForbidden());
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/waves")));
        API.verify(0, postRequestedFor(urlEqualTo("/api/waves/w-open/reminders")));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/surveys/w-open/close").with(manager())).andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/waves/w-open/close")));
    }

    @Test
    void theOldAddressesMovedPermanently() throws Exception {
        mvc.perform(get("/admin/waves")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/surveys"));
        mvc.perform(get("/admin/waves.html")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/surveys"));
        mvc.perform(get("/admin/wave").queryParam("id", "w 1/x")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/surveys/w%201%2Fx"));
        mvc.perform(get("/admin/wave")).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", "/surveys"));
    }

    private static MockHttpServletRequestBuilder wave() {
        return post("/surveys").with(manager()).with(csrf());
    }

    /** The body of the one POST /api/waves web sent. */
    private static JsonNode sentWave() {
        return JsonMapper.builder().build().readTree(API.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/api/waves") && e.getRequest().getMethod().getName().equals("POST"))
                .findFirst().orElseThrow().getRequest().getBodyAsString());
    }

    static void assertInOrder(String html, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = html.indexOf(part);
            assertThat(next).as(part).isGreaterThan(at);
            at = next;
        }
    }
}
