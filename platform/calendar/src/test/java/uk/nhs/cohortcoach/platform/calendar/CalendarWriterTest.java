package uk.nhs.cohortcoach.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CalendarWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant STAMP = Instant.parse("2027-01-05T09:00:00Z");
    /** 1 July 2027, 10:00 in London is 09:00 UTC (BST). */
    private static final Instant SUMMER = ZonedDateTime.of(2027, 7, 1, 10, 0, 0, 0, LONDON).toInstant();
    /** A long summary of multi-byte text: Welsh, dashes, quotes, a tick and a character outside the BMP. */
    private static final String WELSH =
            "Gweithdy arweinyddiaeth — Ysbyty Gwynedd: tîm ‘llif’ ✓ cydraddoldeb ŵŷ ÂÊÎÔÛ 😀 ".repeat(4).trim();

    @BeforeAll
    static void strictParsing() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
    }

    @Test
    void aFeedWritesLocalTimesWithTheirZoneAndEveryZonesDefinition() throws Exception {
        Instant tokyo = ZonedDateTime.of(2027, 11, 3, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant();
        String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.PUBLISH,
                "Coaching sessions: Ann", LONDON, List.of(
                        CalendarEvent.builder("s-1@cohort-coach", 2, STAMP, SUMMER, "Workshop", EventStatus.CANCELLED)
                                .end(SUMMER.plusSeconds(5400)).zone(LONDON).location("Board room, Derby").build(),
                        CalendarEvent.builder("s-2@cohort-coach", 0, STAMP, tokyo, "Abroad", EventStatus.CONFIRMED)
                                .end(tokyo.plusSeconds(3600)).zone(ZoneId.of("Asia/Tokyo")).build())));

        Calendar calendar = parse(text);

        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Coaching sessions: Ann");
        assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Europe/London");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(zone -> value(zone, "TZID"))
                .containsExactly("Europe/London", "Asia/Tokyo");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(event -> value(event, "UID")).containsExactly("s-1@cohort-coach", "s-2@cohort-coach");
        assertThat(text).contains("DTSTART;TZID=Europe/London:20270701T100000\r\n", "DTEND;TZID=Europe/London:20270701T113000\r\n",
                "DTSTART;TZID=Asia/Tokyo:20271103T090000\r\n", "DTSTAMP:20270105T090000Z\r\n");
        DtStart<Temporal> start = events.get(0).getProperty("DTSTART").map(p -> (DtStart<Temporal>) p).orElseThrow();
        assertThat(LocalDateTime.from(start.getDate())).isEqualTo(LocalDateTime.of(2027, 7, 1, 10, 0));
        assertThat(value(events.get(0), "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(events.get(0), "SEQUENCE")).isEqualTo("2");
        assertThat(value(events.get(0), "LOCATION")).isEqualTo("Board room, Derby");
        assertThat(value(events.get(1), "LOCATION")).isNull();
    }

    @Test
    void anInvitationWritesUtcTimesWithoutZonesAndEveryOptionalValue() throws Exception {
        String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.REQUEST, null, null,
                List.of(CalendarEvent.builder("s-1@cohort-coach", 1, STAMP, SUMMER, "Team coaching", EventStatus.CONFIRMED)
                        .end(SUMMER.plusSeconds(3600)).description("Bring the driver diagram; agenda, notes")
                        .location("https://meet.example/abc").url(URI.create("https://meet.example/abc"))
                        .organizer(URI.create("mailto:coach@nhs.net")).attendee(URI.create("mailto:ann@nhs.net"))
                        .attendee(URI.create("mailto:bob@nhs.net")).build())));

        Calendar calendar = parse(text);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Cohort Coach//test//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
                + "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:s-1@cohort-coach\r\nDTSTAMP:20270105T090000Z\r\n"
                + "DTSTART:20270701T090000Z\r\nDTEND:20270701T100000Z\r\nSEQUENCE:1\r\nSUMMARY:Team coaching\r\nSTATUS:CONFIRMED\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")
                .doesNotContain("VTIMEZONE", "X-WR-");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Bring the driver diagram; agenda, notes");
        assertThat(value(event, "URL")).isEqualTo("https://meet.example/abc");
        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:coach@nhs.net");
        assertThat(event.<Property>getProperties("ATTENDEE")).extracting(Property::getValue)
                .containsExactly("mailto:ann@nhs.net", "mailto:bob@nhs.net");
    }

    @Test
    void aCancellationMayHaveNoEnd() throws Exception {
        String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.CANCEL, null, null,
                List.of(CalendarEvent.builder("s-1@cohort-coach", 3, STAMP, SUMMER, "Team coaching", EventStatus.CANCELLED)
                        .build())));

        VEvent event = parse(text).<VEvent>getComponents("VEVENT").get(0);

        assertThat(text).contains("METHOD:CANCEL\r\n").doesNotContain("DTEND");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "SEQUENCE")).isEqualTo("3");
    }

    @Test
    void textIsEscapedAndReadsBackUnchanged() throws Exception {
        String summary = "Board, flow; \"equity\" pause\\review\nday two";
        String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.PUBLISH, null, null,
                List.of(CalendarEvent.builder("s-1@cohort-coach", 0, STAMP, SUMMER, summary, EventStatus.CONFIRMED).build())));

        assertThat(text).contains("SUMMARY:Board\\, flow\\; \"equity\" pause\\\\review\\nday two\r\n");
        assertThat(value(parse(text).<VEvent>getComponents("VEVENT").get(0), "SUMMARY")).isEqualTo(summary);
    }

    @Test
    void longMultiByteTextIsFoldedAt75OctetsAndReadsBackUnchanged() throws Exception {
        String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.PUBLISH, null, null,
                List.of(CalendarEvent.builder("s-1@cohort-coach", 0, STAMP, SUMMER, WELSH, EventStatus.CONFIRMED).build())));
        List<String> lines = Arrays.asList(text.split("\r\n"));

        assertThat(text).contains("\r\n ");
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line)
                .isLessThanOrEqualTo(75));
        assertThat(lines).as("a folded line is filled: only the last piece of a property is short")
                .anySatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(72));
        assertThat(value(parse(text).<VEvent>getComponents("VEVENT").get(0), "SUMMARY")).isEqualTo(WELSH);
    }

    /** Every length and mix of 1-, 2-, 3- and 4-octet characters: never over 75 octets, never a split character. */
    @Test
    void foldingKeepsEveryMixOfCharactersWithin75OctetsAndWhole() throws Exception {
        String[] pieces = {"a", "é", "ŵ", "—", "✓", "😀", " ", ",", "\\"};
        java.util.Random random = new java.util.Random(20261207L);
        for (int run = 0; run < 300; run++) {
            StringBuilder summary = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                summary.append(pieces[random.nextInt(pieces.length)]);
            }
            // services trim what people type; ical4j reads a value's leading space as part of the separator
            String wanted = summary.toString().isBlank() ? "x" : summary.toString().strip();
            String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.PUBLISH, null,
                    null, List.of(CalendarEvent.builder("s-1@cohort-coach", 0, STAMP, SUMMER, wanted, EventStatus.CONFIRMED)
                            .build())));

            assertThat(text.split("\r\n")).as("run %d", run).allSatisfy(line -> {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
                assertThat(line).doesNotContain("\uFFFD");
                assertThat(line.isEmpty() || !Character.isHighSurrogate(line.charAt(line.length() - 1))).isTrue();
            });
            assertThat(value(parse(text).<VEvent>getComponents("VEVENT").get(0), "SUMMARY")).as("run %d", run)
                    .isEqualTo(wanted);
        }
    }

    /**
     * 25 October 2026: London's clocks go back at 02:00 BST, so 01:30 happens twice. A local time with a TZID
     * means the first (RFC 5545 §3.3.5); a session at the second 01:30 (01:30 GMT) is written in UTC so every
     * calendar places it right; the first stays a London local time. (An event that merely ends in the second
     * occurrence is written in UTC too.)
     */
    @Test
    void theSecondOfTheRepeatedAutumnHourIsWrittenInUtc() throws Exception {
        Instant first = Instant.parse("2026-10-25T00:30:00Z");
        Instant second = Instant.parse("2026-10-25T01:30:00Z");
        assertThat(first.atZone(LONDON).toLocalTime()).isEqualTo(second.atZone(LONDON).toLocalTime());

        String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.PUBLISH, null, LONDON,
                List.of(CalendarEvent.builder("first@cohort-coach", 0, STAMP, first, "First", EventStatus.CONFIRMED)
                                .end(first.plusSeconds(1500)).zone(LONDON).build(),
                        CalendarEvent.builder("second@cohort-coach", 0, STAMP, second, "Second", EventStatus.CONFIRMED)
                                .end(second.plusSeconds(1800)).zone(LONDON).build())));

        assertThat(text).contains("DTSTART;TZID=Europe/London:20261025T013000\r\n", "DTEND;TZID=Europe/London:20261025T015500\r\n",
                "DTSTART:20261025T013000Z\r\n", "DTEND:20261025T020000Z\r\n");
        List<VEvent> events = parse(text).getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(CalendarWriter.secondOfRepeatedHour(first, LONDON)).isFalse();
        assertThat(CalendarWriter.secondOfRepeatedHour(second, LONDON)).isTrue();
        assertThat(CalendarWriter.secondOfRepeatedHour(SUMMER, LONDON)).isFalse();
    }

    /** RFC 5545 §3.1: a fold must not split a character. See the module README, "Line folding". */
    @Test
    void aFoldNeverSplitsACharacterOutsideTheBasicPlane() throws Exception {
        for (int shift = 0; shift < 80; shift++) {
            String summary = "x".repeat(shift) + "😀".repeat(60);
            String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.PUBLISH, null,
                    null, List.of(CalendarEvent.builder("s-1@cohort-coach", 0, STAMP, SUMMER, summary, EventStatus.CONFIRMED)
                            .build())));

            assertThat(text.split("\r\n")).as("shift %d", shift)
                    .noneMatch(line -> !line.isEmpty() && Character.isHighSurrogate(line.charAt(line.length() - 1)));
            assertThat(value(parse(text).<VEvent>getComponents("VEVENT").get(0), "SUMMARY")).isEqualTo(summary);
        }
    }

    /** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets. See the module README, "Line folding". */
    @Test
    void longMultiByteTextIsFoldedAt75Octets() {
        String text = CalendarWriter.write(new CalendarDocument("-//Cohort Coach//test//EN", CalendarMethod.PUBLISH, null, null,
                List.of(CalendarEvent.builder("s-1@cohort-coach", 0, STAMP, SUMMER, WELSH, EventStatus.CONFIRMED).build())));

        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    }

    @Test
    void refusesWhatWouldNotBeACalendar() {
        assertThatThrownBy(() -> CalendarEvent.builder(" ", 0, STAMP, SUMMER, "x", EventStatus.CONFIRMED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uid");
        assertThatThrownBy(() -> CalendarEvent.builder("u", -1, STAMP, SUMMER, "x", EventStatus.CONFIRMED).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequence");
        assertThatThrownBy(() -> CalendarEvent.builder("u", 0, STAMP, SUMMER, "x", EventStatus.CONFIRMED)
                .end(SUMMER.minusSeconds(1)).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
        assertThatThrownBy(() -> CalendarEvent.builder("u", 0, STAMP, SUMMER, null, EventStatus.CONFIRMED).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> new CalendarDocument("", CalendarMethod.PUBLISH, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("productId");
    }

    @Test
    void knowsTheZonesItCanDescribe() {
        assertThat(CalendarWriter.knowsZone("Europe/London")).isTrue();
        assertThat(CalendarWriter.knowsZone("Mars/Olympus_Mons")).isFalse();
        assertThat(CalendarWriter.knowsZone(null)).isFalse();
    }

    private static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }
}
