package uk.nhs.cohortcoach.notificationservice.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InvitationCalendarTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    /** Multi-byte text long enough to fold: Welsh, dashes, quotes, a tick and a character outside the BMP. */
    private static final String WELSH = "Hyfforddiant tîm — ‘llif’ a chydraddoldeb ✓ Ysbyty Gwynedd ŵŷ 😀 ".repeat(3).trim();

    @BeforeAll
    static void strictParsing() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
    }

    private static SessionView session(String id, Instant start, int sequence, boolean cancelled) {
        return new SessionView(id, "series-1", "coach-1", List.of("person-1"), WELSH, start, start.plusSeconds(5400),
                "Europe/London", "Canolfan, Caernarfon", "https://meet.example.nhs.uk/x", sequence, cancelled);
    }

    @Test
    void aSeriesIsEverySessionAsItIsNowForTheRecipientWithTheCoachAsOrganizer() throws Exception {
        List<SessionView> sessions = List.of(
                session("s-1", Instant.parse("2026-10-18T09:00:00Z"), 0, false),
                // the second 01:30 of the autumn clock change: written in UTC so calendars place it right
                session("s-2", Instant.parse("2026-10-25T01:30:00Z"), 2, false),
                session("s-3", Instant.parse("2026-11-01T10:00:00Z"), 1, true));

        String text = InvitationCalendar.write(WELSH, sessions, "coach@nhs.example", "ann@nhs.example", NOW);

        assertThat(Arrays.stream(text.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, "UID")).containsExactly("s-1@cohort-coach", "s-2@cohort-coach",
                "s-3@cohort-coach");
        assertThat(events).extracting(e -> value(e, "SEQUENCE")).containsExactly("0", "2", "1");
        assertThat(events).extracting(e -> value(e, "STATUS")).containsExactly("CONFIRMED", "CONFIRMED", "CANCELLED");
        assertThat(events).allSatisfy(e -> {
            assertThat(value(e, "SUMMARY")).isEqualTo(WELSH);
            assertThat(value(e, "ORGANIZER")).isEqualTo("mailto:coach@nhs.example");
            assertThat(value(e, "ATTENDEE")).isEqualTo("mailto:ann@nhs.example");
            assertThat(value(e, "LOCATION")).isEqualTo("Canolfan, Caernarfon");
        });
        assertThat(text).contains("DTSTART;TZID=Europe/London:20261018T100000\r\n", "DTSTART:20261025T013000Z\r\n",
                "DTSTART;TZID=Europe/London:20261101T100000\r\n");
    }

    @Test
    void anUnknownAddressLeavesOutOnlyThatProperty() throws Exception {
        String text = InvitationCalendar.write("One", List.of(session("s-1", Instant.parse("2026-10-18T09:00:00Z"), 0, false)),
                null, "ann@nhs.example", NOW);

        VEvent event = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, "ORGANIZER")).isNull();
        assertThat(value(event, "ATTENDEE")).isEqualTo("mailto:ann@nhs.example");
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }
}
