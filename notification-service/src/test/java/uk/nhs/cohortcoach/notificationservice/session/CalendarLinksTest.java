package uk.nhs.cohortcoach.notificationservice.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

class CalendarLinksTest {

    private static final String SECRET = "a-test-calendar-link-secret-of-enough-length";
    private final CalendarLinks links = new CalendarLinks("https://cohort-coach.example.nhs.uk/respond/", SECRET);

    private static Message message(Purpose purpose, String subjectId) {
        Instant now = Instant.parse("2026-10-01T09:00:00Z");
        return new Message("m-1", "source", purpose, "person-1", subjectId, "event", "SeriesScheduled", now, now, Map.of(), null,
                null, 0, null, now, now, null, null, null, null, null, null, null);
    }

    @Test
    void aSessionEmailLinksToTheSignedCalendarOfItsSubjectAndRecipientAtTheGatewaysPublicAddress() {
        String link = links.linkFor(message(Purpose.SESSION_INVITATION, "series-1")).orElseThrow();

        assertThat(link).startsWith("https://cohort-coach.example.nhs.uk/api/notifications/calendar/").endsWith(".ics");
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        assertThat(links.verify(token)).contains(new CalendarLinks.Subject("series-1", "person-1"));
        assertThat(links.linkFor(message(Purpose.SESSION_RESCHEDULED, "s-1"))).isPresent();
        assertThat(links.linkFor(message(Purpose.SESSION_CANCELLED, "s-1"))).isPresent();
    }

    @Test
    void remindersAndOtherEmailHaveNoCalendarLink() {
        assertThat(links.linkFor(message(Purpose.SESSION_REMINDER, "s-1"))).isEmpty();
        assertThat(links.linkFor(message(Purpose.ACTION_ASSIGNED, "a-1"))).isEmpty();
        assertThat(links.linkFor(message(Purpose.SURVEY_INVITATION, "i-1"))).isEmpty();
    }

    @Test
    void aTamperedForeignOrMalformedTokenNamesNothing() {
        String token = links.token("series-1", "person-1");
        String otherPerson = links.token("series-1", "person-2");
        char last = token.charAt(token.length() - 1);

        assertThat(links.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        // someone else's payload with this signature
        assertThat(links.verify(otherPerson.substring(0, otherPerson.indexOf('.')) + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(new CalendarLinks("https://x.example/respond/", SECRET + "-other").verify(token)).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(links.verify("no-dot")).isEmpty();
        assertThat(links.verify("a.b.c")).isEmpty();
        assertThat(links.verify("%%%.@@@")).isEmpty();
        assertThat(links.verify("x".repeat(5000) + "." + "y")).isEmpty();
    }
}
