package uk.nhs.cohortcoach.notificationservice.session.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.notificationservice.NotificationWebSlice;
import uk.nhs.cohortcoach.notificationservice.session.InvitationCalendars;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** {@code GET /api/notifications/calendar/{token}.ics} on its own: open without a token, text/calendar, 404 saying nothing. */
class InvitationCalendarWebTest extends NotificationWebSlice {

    @Autowired
    private InvitationCalendars calendars;

    @Test
    void servesTheCalendarWithoutSignInAsUtf8TextCalendarNeverCached() {
        when(calendars.render("good.token")).thenReturn(Optional.of("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

        var response = http.get("/api/notifications/calendar/good.token.ics", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/calendar;charset=utf-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(response.body()).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void aTokenThatIsNotValidIsA404ThatNamesNothing() {
        when(calendars.render("forged.sig")).thenReturn(Optional.empty());

        var response = http.get("/api/notifications/calendar/forged.sig.ics", null);

        assertThatProblem(response).hasStatus(404).hasType(ProblemTypes.NOT_FOUND);
        assertThat(Http.json(response).get("detail").asString()).isEqualTo("calendar was not found.");
    }

    @Test
    void onlyTheIcsAddressIsOpen() {
        assertThatProblem(http.get("/api/notifications/calendar/forged.sig", null)).hasStatus(401);
        assertThatProblem(http.post("/api/notifications/calendar/forged.sig.ics", null, null)).hasStatus(401);
    }
}
