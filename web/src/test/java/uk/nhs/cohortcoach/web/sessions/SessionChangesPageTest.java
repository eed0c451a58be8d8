package uk.nhs.cohortcoach.web.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.json;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.problem;
import static uk.nhs.cohortcoach.web.sessions.CoachingStubs.session;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;

/** Rescheduling and cancelling a session ({@code /sessions/{id}/reschedule}, {@code /sessions/{id}/cancel}). */
@PageTest
class SessionChangesPageTest {

    private static final LocalDate NEXT_YEAR = LocalDate.now(ZoneId.of("Europe/London")).plusYears(1);

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        CoachingStubs.stubSession(session("s1", "Planning <day>", "coach-1", 48, "SCHEDULED", false), "s1");
        CoachingStubs.stubSession(session("held", "Held", "coach-1", -48, "SCHEDULED", true), "held");
    }

    @Test
    void theRescheduleFormStartsFromTheSessionsOwnLondonDateAndTimes() throws Exception {
        String html = mvc.perform(get("/sessions/s1/reschedule").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        java.time.ZonedDateTime start = CoachingStubs.hoursFromNow(48).atZone(ZoneId.of("Europe/London"));
        assertThat(html).contains("<form method=\"post\" action=\"/sessions/s1/reschedule\" novalidate>")
                .contains("id=\"date-day\" name=\"date.day\" type=\"text\" inputmode=\"numeric\" value=\"" + start.getDayOfMonth() + "\"")
                .contains("id=\"start\" name=\"start\" type=\"text\" value=\"" + String.format("%02d:%02d", start.getHour(), start.getMinute()) + "\"")
                .contains("Planning &lt;day&gt;")
                .doesNotContain("name=\"scope\""); // not part of a series
    }

    @Test
    void aTimeAlreadyPastIsWarnedAboutNotRefusedAndUsedWhenSavedAgain() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        String warned = mvc.perform(post("/sessions/s1/reschedule").with(manager()).with(csrf())
                        .param("date.day", "" + yesterday.getDayOfMonth()).param("date.month", "" + yesterday.getMonthValue())
                        .param("date.year", "" + yesterday.getYear()).param("start", "10:00").param("end", "11:00").param("reason", "Room"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(warned).contains("<div class=\"govuk-warning-text\" id=\"start-warning\">")
                .contains("This time has already passed.")
                .contains("<input type=\"hidden\" name=\"pastConfirmed\" value=\"yes\">")
                .doesNotContain("govuk-error-summary");
        API.verify(0, postRequestedFor(urlEqualTo("/api/sessions/s1/reschedule")));

        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/s1/reschedule")).willReturn(json("{\"sessions\":[%s]}"
                .formatted(session("s1", "Planning <day>", "coach-1", -24, "SCHEDULED", false)))));
        mvc.perform(post("/sessions/s1/reschedule").with(manager()).with(csrf()).param("pastConfirmed", "yes")
                        .param("date.day", "" + yesterday.getDayOfMonth()).param("date.month", "" + yesterday.getMonthValue())
                        .param("date.year", "" + yesterday.getYear()).param("start", "10:00").param("end", "11:00").param("reason", "Room"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/s1"));
        API.verify(postRequestedFor(urlEqualTo("/api/sessions/s1/reschedule")).withRequestBody(equalToJson("""
                {"start":"%sT10:00:00","durationMinutes":60,"reason":"Room","scope":"THIS","version":7}""".formatted(yesterday))));
    }

    @Test
    void aClashIsShownAsTheListOfSessionsItClashesWith() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/s1/reschedule")).willReturn(problem(409, """
                {"title":"Conflict","status":409,"detail":"Clashes with s9",
                 "clashes":[{"proposedStartsAt":"%sT09:00:00Z","sessionId":"s9","title":"Board <prep>",
                             "startsAt":"%sT09:30:00Z","endsAt":"%sT10:30:00Z","reason":"COACH"}]}"""
                .formatted(NEXT_YEAR, NEXT_YEAR, NEXT_YEAR))));

        String html = mvc.perform(post("/sessions/s1/reschedule").with(manager()).with(csrf()).param("date.day", "" + NEXT_YEAR.getDayOfMonth())
                        .param("date.month", "" + NEXT_YEAR.getMonthValue()).param("date.year", "" + NEXT_YEAR.getYear())
                        .param("start", "09:00").param("end", "10:00").param("reason", "Room"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#date-day\">The session clashes with another session. Choose another date or time</a>")
                .contains("<a class=\"govuk-link\" href=\"/sessions/s9\">Board &lt;prep&gt;</a>")
                .contains("the coach has another session then");
    }

    @Test
    void aRescheduledSessionGoesBackToItsPageSayingWhenItIsNow() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/s1/reschedule")).willReturn(json("{\"sessions\":[%s]}"
                .formatted(session("s1", "Planning <day>", "coach-1", 72, "SCHEDULED", false)))));

        MvcResult moved = mvc.perform(post("/sessions/s1/reschedule").with(manager()).with(csrf()).param("date.day", "" + NEXT_YEAR.getDayOfMonth())
                        .param("date.month", "" + NEXT_YEAR.getMonthValue()).param("date.year", "" + NEXT_YEAR.getYear())
                        .param("start", "9:30").param("end", "11:00").param("reason", "Room"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/s1")).andReturn();

        assertThat(flash(moved)).startsWith("Session rescheduled to ");
        API.verify(postRequestedFor(urlEqualTo("/api/sessions/s1/reschedule")).withRequestBody(equalToJson("""
                {"start":"%sT09:30:00","durationMinutes":90,"reason":"Room","scope":"THIS","version":7}""".formatted(NEXT_YEAR))));
    }

    @Test
    void cancellingAsksWhyOnAConfirmationPageThenCancels() throws Exception {
        String ask = mvc.perform(get("/sessions/s1/cancel").with(manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ask).contains("Are you sure you want to cancel “Planning &lt;day&gt;” on").contains("You cannot undo this.")
                .contains("govuk-button--warning");

        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/s1/cancel")).withRequestBody(equalToJson("{\"reason\":\"\",\"scope\":\"THIS\",\"version\":7}"))
                .willReturn(problem(400, "{\"status\":400,\"errors\":[{\"field\":\"reason\",\"message\":\"Enter why the session is cancelled\"}]}")));
        String refused = mvc.perform(post("/sessions/s1/cancel").with(manager()).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<a href=\"#reason\">Enter why the session is cancelled</a>");

        API.stubFor(WireMock.post(urlEqualTo("/api/sessions/s1/cancel")).withRequestBody(equalToJson("{\"reason\":\"Strike\",\"scope\":\"THIS\",\"version\":7}"))
                .willReturn(json("{\"sessions\":[%s]}".formatted(session("s1", "Planning <day>", "coach-1", 48, "CANCELLED", false)))));
        MvcResult cancelled = mvc.perform(post("/sessions/s1/cancel").with(manager()).with(csrf()).param("reason", "Strike"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/sessions/s1")).andReturn();
        assertThat(flash(cancelled)).isEqualTo("Session cancelled: “Planning <day>”");
    }

    @Test
    void aHeldSessionOffersNoRescheduleOrCancel() throws Exception {
        mvc.perform(get("/sessions/held/reschedule").with(manager())).andExpect(redirectedUrl("/sessions/held"));
        mvc.perform(get("/sessions/held/cancel").with(manager())).andExpect(redirectedUrl("/sessions/held"));
    }
}
