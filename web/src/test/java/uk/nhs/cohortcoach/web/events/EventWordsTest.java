package uk.nhs.cohortcoach.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.web.api.OpenEvent;

class EventWordsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static OpenEvent event(int capacity, int placesLeft, int waitingList, String status) {
        Instant start = Instant.parse("2027-01-14T12:00:00Z");
        return new OpenEvent("e1", "T", null, start, start.plusSeconds(3600), "Europe/London", capacity, placesLeft, waitingList, status,
                null, null, null, null, null, null, null);
    }

    @Test
    void anEventIsSaidInLondonWordsWinterAndSummer() {
        assertThat(EventWords.when(Instant.parse("2027-01-14T12:00:00Z"), Instant.parse("2027-01-14T13:00:00Z")))
                .isEqualTo("Thursday 14 January 2027, 12:00 to 13:00 UK time");
        assertThat(EventWords.when(Instant.parse("2027-06-10T11:00:00Z"), Instant.parse("2027-06-10T12:30:00Z")))
                .isEqualTo("Thursday 10 June 2027, 12:00 to 13:30 UK time");
        assertThat(EventWords.when(Instant.parse("2027-06-10T22:30:00Z"), Instant.parse("2027-06-10T23:30:00Z")))
                .as("after midnight in London, though not in UTC").isEqualTo("Thursday 10 June 2027, 23:30 to Friday 11 June 2027, 00:30 UK time");
    }

    /** 20,000 generated starts and lengths across 2026–2030 (clock changes included), seeded, against the London calendar. */
    @Test
    void everyStartAndEndIsSaidAsTheLondonCalendarHasThem() {
        Random random = new Random(20_2026L);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        long span = Duration.between(from, Instant.parse("2031-01-01T00:00:00Z")).toMinutes();
        for (int i = 0; i < 20_000; i++) {
            Instant start = from.plus(Duration.ofMinutes(random.nextLong(span) / 5 * 5));
            Instant end = start.plus(Duration.ofMinutes(15 + random.nextInt(24 * 60)));
            String words = EventWords.when(start, end);
            ZonedDateTime s = start.atZone(LONDON);
            ZonedDateTime e = end.atZone(LONDON);
            String day = s.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + s.getDayOfMonth() + " "
                    + s.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + s.getYear();
            String startTime = "%02d:%02d".formatted(s.getHour(), s.getMinute());
            String endTime = "%02d:%02d".formatted(e.getHour(), e.getMinute());
            assertThat(words).as("%s to %s", start, end).startsWith(day + ", " + startTime + " to ").endsWith(endTime + " UK time");
            boolean sameDay = s.toLocalDate().equals(e.toLocalDate());
            assertThat(words.equals(day + ", " + startTime + " to " + endTime + " UK time")).as("%s to %s: %s", start, end, words).isEqualTo(sameDay);
            if (!sameDay) {
                assertThat(words).contains(" to " + e.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                        + " " + e.getDayOfMonth() + " ");
            }
        }
    }

    @Test
    void placesAreSaidSoSomeoneCanDecideAndAFullEventOffersTheWaitingList() {
        Random random = new Random(7L);
        for (int i = 0; i < 2_000; i++) {
            int capacity = 1 + random.nextInt(500);
            int left = random.nextInt(capacity + 1) - (random.nextInt(10) == 0 ? 3 : 0);
            String words = EventWords.places(event(capacity, left, random.nextInt(20), "SCHEDULED"));
            if (left <= 0) {
                assertThat(words).isEqualTo("Full: join the waiting list");
            } else {
                assertThat(words).isEqualTo(left + (left == 1 ? " place left" : " places left"));
            }
            String taken = EventWords.taken(event(capacity, left, 0, "SCHEDULED"));
            assertThat(taken).startsWith((capacity - Math.max(0, left)) + " of " + capacity + " ");
        }
        assertThat(EventWords.places(event(60, 12, 0, "CANCELLED"))).isEqualTo("Cancelled");
        assertThat(EventWords.waitingList(event(60, 0, 0, "SCHEDULED"))).isEqualTo("Nobody on the waiting list");
        assertThat(EventWords.waitingList(event(60, 0, 4, "SCHEDULED"))).isEqualTo("4 on the waiting list");
    }

    @Test
    void aDescriptionIsParagraphsSplitOnBlankLinesWithItsLineBreaksKept() {
        assertThat(EventWords.paragraphs("One.\r\n\r\nTwo,\nstill two.\n \n\nThree.")).containsExactly("One.", "Two,\nstill two.", "Three.");
        assertThat(EventWords.paragraphs("  ")).isEmpty();
        assertThat(EventWords.paragraphs(null)).isEmpty();
    }

    @Test
    void statusesAndRatingsInWords() {
        assertThat(List.of("CONFIRMED", "WAITLISTED", "CANCELLED").stream().map(EventWords::status))
                .containsExactly("Confirmed", "On the waiting list", "Cancelled");
        assertThat(List.of(5, 4, 3, 2, 1).stream().map(EventWords::rating))
                .containsExactly("Very good", "Good", "Neither good nor poor", "Poor", "Very poor");
    }

    @Test
    void linksToTheHubAndTheCalendarCarryTheIdAsOnePathSegment() {
        OpenEvent odd = new OpenEvent("a/../b", "T", null, null, null, null, 1, 1, 0, "SCHEDULED", "r?x=1", null, null, null, null, null, null);
        assertThat(EventWords.calendarHref(odd)).isEqualTo("/api/open-events/a%2F..%2Fb/calendar.ics");
        assertThat(EventWords.recordingHref(odd)).isEqualTo("/hub/resources/r%3Fx=1");
    }
}
