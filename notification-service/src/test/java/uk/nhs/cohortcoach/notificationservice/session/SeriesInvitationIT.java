package uk.nhs.cohortcoach.notificationservice.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.notificationservice.PlatformEvents;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.support.Fixtures;
import uk.nhs.cohortcoach.notificationservice.support.NotificationIntegrationTest;
import uk.nhs.cohortcoach.notificationservice.support.NotifyStub;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * A weekly series of six through the real broker and Mongo wire server: one invitation per person listing every date,
 * whatever order the series' event and its sessions' events are read in; the personal .ics link it carries; and one
 * email per person about an occurrence moved or cancelled.
 */
@NotificationIntegrationTest
class SeriesInvitationIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Multi-byte text long enough to fold in the .ics. */
    private static final String WELSH = "Hyfforddiant tîm — ‘llif’ a chydraddoldeb ✓ Ysbyty Gwynedd ŵŷ 😀 ".repeat(2).trim();

    @Autowired
    private MongoTemplate mongo;

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeAll
    static void strictParsing() {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
    }

    @BeforeEach
    void setUp() {
        NotifyStub.accepting();
        http = new Http(port);
    }

    /** The orders in which the series' event and its sessions' events (other keys) may be read. */
    enum Order { SERIES_FIRST, SERIES_BETWEEN, SERIES_LAST, SERIES_LAST_AFTER_A_MOVE }

    @ParameterizedTest
    @EnumSource(Order.class)
    void eachPersonGetsOneInvitationListingEveryDateWhateverTheOrderOfEvents(Order order) {
        Series series = new Series("Weekly coaching");
        List<SessionScheduled> sessions = series.sessions();
        SessionRescheduled moved = series.moved(1, Duration.ofHours(4));

        switch (order) {
            case SERIES_FIRST -> {
                publishAndWait(List.of(series.event()));
                publishAndWait(sessions);
            }
            case SERIES_BETWEEN -> {
                publishAndWait(sessions.subList(0, 3));
                publishAndWait(List.of(series.event()));
                publishAndWait(sessions.subList(3, 6));
            }
            case SERIES_LAST -> {
                publishAndWait(sessions);
                publishAndWait(List.of(series.event()));
            }
            case SERIES_LAST_AFTER_A_MOVE -> {
                publishAndWait(sessions);
                PlatformEvents.publish(Topics.COACHING, moved);
                await().atMost(WAIT).untilAsserted(() -> assertThat(mongo.findById(moved.sessionId(), SessionView.class).sequence())
                        .isEqualTo(1));
                publishAndWait(List.of(series.event()));
            }
        }

        List<String> expectedDates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant start = order == Order.SERIES_LAST_AFTER_A_MOVE && i == 1 ? moved.startsAt() : series.start(i);
            expectedDates.add(uk.nhs.cohortcoach.notificationservice.trigger.Wording.span(start, start.plus(Duration.ofMinutes(90)),
                    LONDON));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            List<Message> invitations = messages(series.id, Purpose.SESSION_INVITATION);
            assertThat(invitations).extracting(Message::recipientId)
                    .containsExactlyInAnyOrder(series.invitees.get(0), series.invitees.get(1), series.coach);
            assertThat(invitations).allSatisfy(invitation -> {
                assertThat(invitation.personalisation().get("dates").split("\n")).containsExactlyElementsOf(expectedDates);
                assertThat(invitation.personalisation()).containsEntry("session_count", "6").doesNotContainKey("calendar");
                assertThat(invitation.status()).isEqualTo(DeliveryStatus.SENDING);
            });
            assertThat(mongo.find(Query.query(Criteria.where("subjectId").in(series.sessionIds).and("purpose")
                    .is(Purpose.SESSION_INVITATION)), Message.class)).isEmpty();
            for (String session : series.sessionIds) {
                assertThat(messages(session, Purpose.SESSION_REMINDER)).filteredOn(m -> m.status() == DeliveryStatus.PENDING)
                        .hasSize(3);
            }
            for (Message invitation : invitations) {
                assertThat(NotifyStub.requestsMentioning(invitation.id())).hasSize(1);
            }
        });
    }

    @Test
    void theInvitationsCalendarLinkServesTheSeriesForThatPersonAndFollowsMovesAndCancellations() throws Exception {
        Series series = new Series(WELSH);
        publishAndWait(series.sessions());
        publishAndWait(List.of(series.event()));
        String invitee = series.invitees.get(0);
        Message invitation = await().atMost(WAIT).until(() -> messages(series.id, Purpose.SESSION_INVITATION).stream()
                .filter(m -> m.recipientId().equals(invitee) && m.status() == DeliveryStatus.SENDING).findFirst().orElse(null),
                m -> m != null);
        String link = calendarLink(invitation);
        assertThat(link).startsWith("http://localhost:8080/api/notifications/calendar/").endsWith(".ics");
        String path = URI.create(link).getPath();

        HttpResponse<String> ics = http.get(path, null);

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/calendar;charset=utf-8"));
        Calendar calendar = parseStrictly(ics.body());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, "UID"))
                .containsExactlyElementsOf(series.sessionIds.stream().map(id -> id + "@cohort-coach").toList());
        assertThat(events).allSatisfy(e -> {
            assertThat(value(e, "SEQUENCE")).isEqualTo("0");
            assertThat(value(e, "STATUS")).isEqualTo("CONFIRMED");
            assertThat(value(e, "SUMMARY")).isEqualTo(WELSH);
            assertThat(value(e, "ORGANIZER")).isEqualTo("mailto:" + Fixtures.emailOf(series.coach));
            assertThat(value(e, "ATTENDEE")).isEqualTo("mailto:" + Fixtures.emailOf(invitee));
        });

        // a tampered, foreign or malformed token is a plain 404 that names nothing
        String token = path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
        String tampered = token.substring(0, token.indexOf('.')) + "." + new StringBuilder(token.substring(token.indexOf('.') + 1))
                .reverse();
        for (String bad : List.of(tampered, "nonsense", token.substring(0, token.indexOf('.')))) {
            HttpResponse<String> refused = http.get("/api/notifications/calendar/" + bad + ".ics", null);
            assertThat(refused.statusCode()).as(bad).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(Http.json(refused).get("detail").asString()).isEqualTo("calendar was not found.");
            assertThat(refused.body()).doesNotContain(series.id, invitee, series.sessionIds.get(0));
        }

        // one occurrence moved, another cancelled ("this" each time): one email each per person, and the same link shows it
        SessionRescheduled moved = series.moved(2, Duration.ofDays(1));
        SessionCancelled cancelled = new SessionCancelled(UUID.randomUUID(), Instant.now(), series.sessionIds.get(4), "collab",
                series.coach, "Room unavailable", WELSH, series.start(4), series.invitees, "Europe/London", 1);
        PlatformEvents.publish(Topics.COACHING, moved);
        PlatformEvents.publish(Topics.COACHING, series.changed(SeriesChanged.RESCHEDULED, List.of(moved)));
        PlatformEvents.publish(Topics.COACHING, cancelled);
        PlatformEvents.publish(Topics.COACHING, series.changed(SeriesChanged.CANCELLED, List.of(cancelled)));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(series.id, Purpose.SESSION_RESCHEDULED)).extracting(Message::recipientId)
                    .containsExactlyInAnyOrder(series.invitees.get(0), series.invitees.get(1), series.coach);
            assertThat(messages(series.id, Purpose.SESSION_RESCHEDULED)).allSatisfy(m -> assertThat(m.personalisation())
                    .containsEntry("session_count", "1").containsEntry("dates", uk.nhs.cohortcoach.notificationservice.trigger.Wording
                            .span(moved.startsAt(), moved.endsAt(), LONDON)));
            assertThat(messages(series.id, Purpose.SESSION_CANCELLED)).extracting(Message::recipientId)
                    .containsExactlyInAnyOrder(series.invitees.get(0), series.invitees.get(1), series.coach);
            assertThat(mongo.find(Query.query(Criteria.where("subjectId").in(series.sessionIds).and("purpose")
                    .in(Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED, Purpose.SESSION_CANCELLED)), Message.class)).isEmpty();
            assertThat(messages(series.id, Purpose.SESSION_INVITATION)).hasSize(3);
            Message notice = messages(series.id, Purpose.SESSION_RESCHEDULED).stream()
                    .filter(m -> m.recipientId().equals(invitee)).findFirst().orElseThrow();
            assertThat(notice.status()).isEqualTo(DeliveryStatus.SENDING);
            assertThat(calendarLink(notice)).contains("/api/notifications/calendar/");
            List<VEvent> now = parseStrictly(http.get(path, null).body()).getComponents("VEVENT");
            assertThat(value(now.get(2), "SEQUENCE")).isEqualTo("1");
            assertThat(value(now.get(2), "DTSTART")).isEqualTo(local(moved.startsAt()));
            assertThat(value(now.get(4), "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(now.get(4), "SEQUENCE")).isEqualTo("1");
        });
    }

    @Test
    void fourLaterSessionsMovedThisAndLaterAreOneEmailPerPersonListingTheMovedDates() {
        Series series = new Series("Weekly coaching");
        publishAndWait(series.sessions());
        publishAndWait(List.of(series.event()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(series.id, Purpose.SESSION_INVITATION)).hasSize(3));

        // as coaching-service publishes a this-and-later move of the 3rd to 6th: each session's event, then the series'
        List<SessionRescheduled> moves = List.of(series.moved(2, Duration.ofHours(28)), series.moved(3, Duration.ofHours(28)),
                series.moved(4, Duration.ofHours(28)), series.moved(5, Duration.ofHours(28)));
        moves.forEach(move -> PlatformEvents.publish(Topics.COACHING, move));
        PlatformEvents.publish(Topics.COACHING, series.changed(SeriesChanged.RESCHEDULED, moves));

        List<String> newDates = moves.stream().map(m -> uk.nhs.cohortcoach.notificationservice.trigger.Wording.span(m.startsAt(),
                m.endsAt(), LONDON)).toList();
        await().atMost(WAIT).untilAsserted(() -> {
            List<Message> notices = messages(series.id, Purpose.SESSION_RESCHEDULED);
            assertThat(notices).extracting(Message::recipientId)
                    .containsExactlyInAnyOrder(series.invitees.get(0), series.invitees.get(1), series.coach);
            assertThat(notices).allSatisfy(notice -> {
                assertThat(notice.personalisation().get("dates").split("\n")).containsExactlyElementsOf(newDates);
                assertThat(notice.personalisation()).containsEntry("session_count", "4");
                assertThat(notice.status()).isEqualTo(DeliveryStatus.SENDING);
                assertThat(NotifyStub.requestsMentioning(notice.id())).hasSize(1);
            });
            assertThat(mongo.find(Query.query(Criteria.where("subjectId").in(series.sessionIds).and("purpose")
                    .is(Purpose.SESSION_RESCHEDULED)), Message.class)).isEmpty();
            for (SessionRescheduled move : moves) {
                assertThat(messages(move.sessionId(), Purpose.SESSION_REMINDER)).filteredOn(m -> m.status() == DeliveryStatus.PENDING)
                        .extracting(Message::dueAt).containsOnly(move.startsAt().minus(Duration.ofHours(24))).hasSize(3);
            }
        });
    }

    // ---- helpers

    /** A weekly series of six at 10:00 London from a Tuesday some weeks ahead, for a new coach and two new invitees. */
    private final class Series {

        final String id = "series-" + UUID.randomUUID();
        final String title;
        final String coach = Fixtures.person(mongo, "Coach Carys");
        final List<String> invitees = List.of(Fixtures.person(mongo, "Ann Ap Rhys"), Fixtures.person(mongo, "Bryn Owen"));
        final List<String> sessionIds = List.of(session(), session(), session(), session(), session(), session());
        private final LocalDate firstDay = LocalDate.now(LONDON).plusWeeks(3);

        Series(String title) {
            this.title = title;
        }

        private static String session() {
            return "s-" + UUID.randomUUID();
        }

        Instant start(int i) {
            return ZonedDateTime.of(firstDay.plusWeeks(i).atTime(10, 0), LONDON).toInstant();
        }

        List<SessionScheduled> sessions() {
            List<SessionScheduled> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                all.add(new SessionScheduled(UUID.randomUUID(), Instant.now(), sessionIds.get(i), "cohort", "collab", coach,
                        "TEAM_COACHING", title, start(i), start(i).plus(Duration.ofMinutes(90)), "Canolfan, Caernarfon",
                        invitees, id, "Europe/London", null));
            }
            return all;
        }

        SeriesScheduled event() {
            List<SeriesScheduled.Occurrence> occurrences = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                occurrences.add(new SeriesScheduled.Occurrence(sessionIds.get(i), start(i), start(i).plus(Duration.ofMinutes(90))));
            }
            return new SeriesScheduled(UUID.randomUUID(), Instant.now(), id, "cohort", "collab", coach, "TEAM_COACHING", title,
                    "Canolfan, Caernarfon", invitees, "Europe/London", null, occurrences);
        }

        /** The series' own account of one request's changes, as coaching-service publishes it after the sessions' events. */
        SeriesChanged changed(String change, List<? extends DomainEvent> events) {
            List<SeriesChanged.Occurrence> occurrences = new ArrayList<>();
            for (DomainEvent event : events) {
                if (event instanceof SessionRescheduled m) {
                    occurrences.add(new SeriesChanged.Occurrence(m.sessionId(), m.startsAt(), m.endsAt(), m.previousStartsAt(),
                            m.location(), m.sequence()));
                } else if (event instanceof SessionCancelled c) {
                    occurrences.add(new SeriesChanged.Occurrence(c.sessionId(), c.startsAt(), c.startsAt().plus(Duration.ofMinutes(90)),
                            c.startsAt(), "Canolfan, Caernarfon", c.sequence()));
                }
            }
            return new SeriesChanged(UUID.randomUUID(), Instant.now(), id, "collab", coach, title, invitees, "Europe/London", null,
                    change, "coach unavailable", occurrences);
        }

        SessionRescheduled moved(int i, Duration by) {
            Instant to = start(i).plus(by);
            return new SessionRescheduled(UUID.randomUUID(), Instant.now(), sessionIds.get(i), "collab", coach, to,
                    to.plus(Duration.ofMinutes(90)), "Canolfan, Caernarfon", "coach unavailable", 1, title, invitees,
                    "Europe/London", null, start(i));
        }
    }

    /** Publishes the events and waits until each has been handled (its own trace in the store). */
    private void publishAndWait(List<? extends DomainEvent> events) {
        events.forEach(event -> PlatformEvents.publish(Topics.COACHING, event));
        await().atMost(WAIT).untilAsserted(() -> {
            for (DomainEvent event : events) {
                if (event instanceof SeriesScheduled series) {
                    assertThat(mongo.findById(series.seriesId(), SeriesView.class)).isNotNull();
                } else if (event instanceof SessionScheduled session) {
                    assertThat(messages(session.sessionId(), Purpose.SESSION_LOG_REMINDER)).hasSize(1);
                }
            }
        });
    }

    private List<Message> messages(String subjectId, Purpose purpose) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(subjectId).and("purpose").is(purpose)), Message.class);
    }

    /** The calendar link Notify was given with the message (it is made when sending, never stored). */
    private static String calendarLink(Message message) {
        List<ServeEvent> requests = NotifyStub.requestsMentioning(message.id());
        assertThat(requests).hasSize(1);
        JsonNode body = Http.JSON.readTree(requests.get(0).getRequest().getBodyAsString());
        assertThat(body.get("personalisation").has("calendar")).isFalse();
        return body.get("personalisation").get("calendar_link").asString();
    }

    private static Calendar parseStrictly(String text) throws Exception {
        assertThat(Arrays.stream(text.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    private static String local(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(instant.atZone(LONDON));
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }
}
