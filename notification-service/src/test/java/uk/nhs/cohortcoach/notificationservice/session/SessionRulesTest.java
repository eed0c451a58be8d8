package uk.nhs.cohortcoach.notificationservice.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.notificationservice.message.NewMessage;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.trigger.Effects;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;

class SessionRulesTest {

    private static final Instant NOW = Instant.parse("2026-02-20T12:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-03-03T10:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-03-03T11:30:00Z");

    private final SessionMessages rules = new SessionMessages(ReminderSettings.defaults());

    private static SessionScheduled scheduled(Instant starts, Instant ends, String coach, String... invitees) {
        return new SessionScheduled(UUID.randomUUID(), NOW, "s-1", "cohort", "collab", coach, "TEAM_COACHING", "Board session",
                starts, ends, null, List.of(invitees), null, "Europe/London", "https://video.example/abc");
    }

    private static List<NewMessage> of(Effects effects, Purpose purpose) {
        return effects.messages().stream().filter(m -> m.purpose() == purpose).toList();
    }

    @Test
    void invitesTheInviteesAndTheCoachOnceEachNow() {
        Effects effects = rules.scheduled(scheduled(STARTS, ENDS, "coach", "a", "b", "a", "coach"), NOW);

        List<NewMessage> invitations = of(effects, Purpose.SESSION_INVITATION);
        assertThat(invitations).extracting(NewMessage::recipientId).containsExactly("a", "b", "coach");
        NewMessage first = invitations.get(0);
        assertThat(first.dueAt()).isEqualTo(NOW);
        assertThat(first.subjectId()).isEqualTo("s-1");
        assertThat(first.source()).isEqualTo(first.eventId());
        assertThat(first.personalisation())
                .containsEntry("title", "Board session")
                .containsEntry("when", "Tuesday 3 March 2026, 10:00 to 11:30 (UK time)")
                .containsEntry("starts_at", "2026-03-03T10:00:00Z")
                .containsEntry("ends_at", "2026-03-03T11:30:00Z")
                .containsEntry("time_zone", "Europe/London")
                .containsEntry("where", "Online")
                .containsEntry("video_link", "https://video.example/abc");
        assertThat(first.personalisation())
                .containsEntry("dates", "Tuesday 3 March 2026, 10:00 to 11:30 (UK time)")
                .containsEntry("session_count", "1")
                // the calendar is a personal link added when the email is sent, never text in the body
                .doesNotContainKey("calendar").doesNotContainKey("calendar_link");
    }

    @Test
    void remindsEveryone24HoursBeforeAndTheCoach48HoursAfterToLog() {
        Effects effects = rules.scheduled(scheduled(STARTS, ENDS, "coach", "a"), NOW);

        assertThat(of(effects, Purpose.SESSION_REMINDER)).extracting(NewMessage::recipientId).containsExactly("a", "coach");
        assertThat(of(effects, Purpose.SESSION_REMINDER)).allSatisfy(r -> {
            assertThat(r.dueAt()).isEqualTo(STARTS.minus(Duration.ofHours(24)));
            assertThat(r.source()).isEqualTo("session:s-1@2026-03-03T10:00:00Z#0");
        });
        assertThat(of(effects, Purpose.SESSION_LOG_REMINDER)).singleElement().satisfies(r -> {
            assertThat(r.recipientId()).isEqualTo("coach");
            assertThat(r.dueAt()).isEqualTo(ENDS.plus(Duration.ofHours(48)));
            assertThat(r.source()).isEqualTo("session-log:s-1@2026-03-03T11:30:00Z#0");
        });
    }

    @Test
    void noReminderForASessionWithin24Hours() {
        Effects effects = rules.scheduled(scheduled(NOW.plus(Duration.ofHours(5)), NOW.plus(Duration.ofHours(6)), "coach", "a"), NOW);

        assertThat(of(effects, Purpose.SESSION_REMINDER)).isEmpty();
        assertThat(of(effects, Purpose.SESSION_INVITATION)).hasSize(2);
        assertThat(of(effects, Purpose.SESSION_LOG_REMINDER)).hasSize(1);
    }

    @Test
    void reschedulingOwesNewRemindersWithNewSourcesAndWithdrawsTheOthers() {
        Instant newStart = STARTS.plus(Duration.ofDays(2));
        SessionRescheduled moved = new SessionRescheduled(UUID.randomUUID(), NOW, "s-1", "collab", "coach", newStart,
                newStart.plus(Duration.ofMinutes(90)), "Room 4", "clash", 1, "Board session", List.of("a"), null, null, STARTS);

        Effects effects = rules.rescheduled(moved, NOW);

        assertThat(of(effects, Purpose.SESSION_RESCHEDULED)).extracting(NewMessage::recipientId).containsExactly("a", "coach");
        assertThat(of(effects, Purpose.SESSION_RESCHEDULED).get(0).personalisation())
                .containsEntry("previous_when", "Tuesday 3 March 2026, 10:00 (UK time)")
                .containsEntry("when", "Thursday 5 March 2026, 10:00 to 11:30 (UK time)")
                .containsEntry("where", "Room 4").containsEntry("reason", "clash");
        assertThat(of(effects, Purpose.SESSION_RESCHEDULED).get(0).personalisation()).doesNotContainKey("calendar");
        List<NewMessage> reminders = of(effects, Purpose.SESSION_REMINDER);
        assertThat(reminders).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("session:s-1@2026-03-05T10:00:00Z#1");
            assertThat(r.dueAt()).isEqualTo(newStart.minus(Duration.ofHours(24)));
        });
        assertThat(effects.withdrawals()).anySatisfy(w -> {
            assertThat(w.purposes()).containsExactlyInAnyOrder(Purpose.SESSION_REMINDER, Purpose.SESSION_LOG_REMINDER);
            assertThat(w.keepSources()).contains("session:s-1@2026-03-05T10:00:00Z#1");
        });
    }

    @Test
    void cancellingTellsEveryoneAndWithdrawsWhatIsStillPending() {
        SessionCancelled cancelled = new SessionCancelled(UUID.randomUUID(), NOW, "s-1", "collab", "coach", "coach unwell",
                "Board session", STARTS, List.of("a", "coach"), null, 2);

        Effects effects = rules.cancelled(cancelled, NOW);

        assertThat(of(effects, Purpose.SESSION_CANCELLED)).extracting(NewMessage::recipientId).containsExactly("a", "coach");
        assertThat(of(effects, Purpose.SESSION_CANCELLED).get(0).personalisation()).containsEntry("reason", "coach unwell");
        assertThat(of(effects, Purpose.SESSION_CANCELLED).get(0).personalisation()).doesNotContainKey("calendar");
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> assertThat(w.purposes()).contains(
                Purpose.SESSION_REMINDER, Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED));
    }

    // ---- series

    private static SessionScheduled member(String sessionId, Instant starts, Instant ends) {
        return new SessionScheduled(UUID.randomUUID(), NOW, sessionId, "cohort", "collab", "coach", "TEAM_COACHING", "Weekly",
                starts, ends, "Room 4", List.of("a", "b"), "series-1", "Europe/London", null);
    }

    /** Six weekly sessions at 10:00 London from 11 October 2026, across the October clock change (25 October). */
    private static SeriesScheduled weekly() {
        List<SeriesScheduled.Occurrence> occurrences = new java.util.ArrayList<>();
        for (int week = 0; week < 6; week++) {
            Instant start = java.time.ZonedDateTime.of(2026, 10, 11, 10, 0, 0, 0, java.time.ZoneId.of("Europe/London"))
                    .plusWeeks(week).toInstant();
            occurrences.add(new SeriesScheduled.Occurrence("s-" + week, start, start.plus(Duration.ofMinutes(90))));
        }
        return new SeriesScheduled(UUID.randomUUID(), NOW, "series-1", "cohort", "collab", "coach", "TEAM_COACHING", "Weekly",
                "Room 4", List.of("a", "b", "a"), "Europe/London", null, occurrences);
    }

    @Test
    void aSessionOfASeriesOwesItsRemindersButNoInvitationOfItsOwn() {
        Effects effects = rules.scheduled(member("s-0", STARTS, ENDS), NOW);

        assertThat(of(effects, Purpose.SESSION_INVITATION)).isEmpty();
        assertThat(of(effects, Purpose.SESSION_REMINDER)).extracting(NewMessage::recipientId).containsExactly("a", "b", "coach");
        assertThat(of(effects, Purpose.SESSION_LOG_REMINDER)).hasSize(1);
    }

    @Test
    void aSeriesInvitesEachPersonOnceListingEveryDateWithTheOffsetOnTheClockChangeDay() {
        SeriesScheduled series = weekly();

        Effects effects = rules.seriesScheduled(series, List.of(), NOW);

        assertThat(effects.messages()).extracting(NewMessage::purpose).containsOnly(Purpose.SESSION_INVITATION);
        assertThat(effects.messages()).extracting(NewMessage::recipientId).containsExactly("a", "b", "coach");
        assertThat(effects.messages()).allSatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo("series-1");
            assertThat(m.source()).isEqualTo(series.eventId().toString());
            assertThat(m.eventType()).isEqualTo("SeriesScheduled");
            assertThat(m.dueAt()).isEqualTo(NOW);
        });
        assertThat(effects.messages().get(0).personalisation())
                .containsEntry("title", "Weekly")
                .containsEntry("session_count", "6")
                .containsEntry("when", "6 sessions, Sunday 11 October 2026 to Sunday 15 November 2026")
                .containsEntry("where", "Room 4")
                .containsEntry("dates", String.join("\n",
                        "Sunday 11 October 2026, 10:00 to 11:30 (UK time)",
                        "Sunday 18 October 2026, 10:00 to 11:30 (UK time)",
                        "Sunday 25 October 2026, 10:00 GMT to 11:30 GMT (UK time)",
                        "Sunday 1 November 2026, 10:00 to 11:30 (UK time)",
                        "Sunday 8 November 2026, 10:00 to 11:30 (UK time)",
                        "Sunday 15 November 2026, 10:00 to 11:30 (UK time)"))
                .doesNotContainKey("calendar");
    }

    @Test
    void aSeriesListsAnOccurrenceMovedBeforeItWasReadAtItsNewTimeAndLeavesOutACancelledOne() {
        SeriesScheduled series = weekly();
        SeriesScheduled.Occurrence second = series.occurrences().get(1);
        SessionView moved = new SessionView(second.sessionId(), "series-1", "coach", List.of("a", "b"), "Weekly",
                second.startsAt().plus(Duration.ofHours(4)), second.endsAt().plus(Duration.ofHours(4)), "Europe/London", "Room 4",
                null, 1, false);
        SeriesScheduled.Occurrence third = series.occurrences().get(2);
        SessionView cancelled = new SessionView(third.sessionId(), "series-1", "coach", List.of("a", "b"), "Weekly",
                third.startsAt(), third.endsAt(), "Europe/London", "Room 4", null, 1, true);

        Effects effects = rules.seriesScheduled(series, List.of(moved, cancelled), NOW);

        assertThat(effects.messages()).hasSize(3);
        assertThat(effects.messages().get(0).personalisation()).containsEntry("session_count", "5")
                .hasEntrySatisfying("dates", dates -> assertThat(dates.split("\n")).containsExactly(
                        "Sunday 11 October 2026, 10:00 to 11:30 (UK time)",
                        "Sunday 18 October 2026, 14:00 to 15:30 (UK time)",
                        "Sunday 1 November 2026, 10:00 to 11:30 (UK time)",
                        "Sunday 8 November 2026, 10:00 to 11:30 (UK time)",
                        "Sunday 15 November 2026, 10:00 to 11:30 (UK time)"));
    }

    @Test
    void aSeriesWhollyOverOrCancelledInvitesNobody() {
        SeriesScheduled series = weekly();

        assertThat(rules.seriesScheduled(series, List.of(), Instant.parse("2026-12-01T00:00:00Z")).messages()).isEmpty();
        List<SessionView> allCancelled = series.occurrences().stream().map(o -> new SessionView(o.sessionId(), "series-1", "coach",
                List.of(), "Weekly", o.startsAt(), o.endsAt(), "Europe/London", null, null, 1, true)).toList();
        assertThat(rules.seriesScheduled(series, allCancelled, NOW).messages()).isEmpty();
    }

    @Test
    void theRepeatedAutumnHourIsWrittenWithItsOffset() {
        Instant firstOneThirty = Instant.parse("2026-10-25T00:30:00Z");
        Instant secondOneThirty = Instant.parse("2026-10-25T01:30:00Z");

        assertThat(uk.nhs.cohortcoach.notificationservice.trigger.Wording.span(firstOneThirty, secondOneThirty,
                java.time.ZoneId.of("Europe/London"))).isEqualTo("Sunday 25 October 2026, 01:30 BST to 01:30 GMT (UK time)");
        assertThat(uk.nhs.cohortcoach.notificationservice.trigger.Wording.moment(Instant.parse("2026-03-29T09:00:00Z"),
                java.time.ZoneId.of("Europe/London"))).isEqualTo("Sunday 29 March 2026, 10:00 BST (UK time)");
    }

    // ---- changes to sessions of a series

    @Test
    void aSessionOfASeriesMovedOrCancelledOwesItsRemindersButLeavesTheNoticeToTheSeriesChange() {
        Instant newStart = STARTS.plus(Duration.ofDays(2));
        SessionRescheduled moved = new SessionRescheduled(UUID.randomUUID(), NOW, "s-1", "collab", "coach", newStart,
                newStart.plus(Duration.ofMinutes(90)), "Room 4", "clash", 1, "Weekly", List.of("a"), null, null, STARTS);
        SessionCancelled cancelled = new SessionCancelled(UUID.randomUUID(), NOW, "s-1", "collab", "coach", "unwell", "Weekly",
                STARTS, List.of("a"), null, 2);

        Effects move = rules.rescheduled(moved, "series-1", NOW);
        Effects cancel = rules.cancelled(cancelled, "series-1", NOW);

        assertThat(of(move, Purpose.SESSION_RESCHEDULED)).isEmpty();
        assertThat(of(move, Purpose.SESSION_REMINDER)).hasSize(2);
        assertThat(move.withdrawals()).isNotEmpty();
        assertThat(of(cancel, Purpose.SESSION_CANCELLED)).isEmpty();
        assertThat(cancel.withdrawals()).singleElement().satisfies(w -> assertThat(w.purposes()).contains(Purpose.SESSION_REMINDER));
    }

    private static SeriesChanged change(String kind, int sessions) {
        List<SeriesChanged.Occurrence> occurrences = new java.util.ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Instant was = STARTS.plus(Duration.ofDays(7L * (i + 2)));
            Instant now = kind.equals(SeriesChanged.CANCELLED) ? was : was.plus(Duration.ofHours(28));
            occurrences.add(new SeriesChanged.Occurrence("s-" + (i + 2), now, now.plus(Duration.ofMinutes(90)), was, "Room 4", 1));
        }
        return new SeriesChanged(UUID.randomUUID(), NOW, "series-1", "collab", "coach", "Weekly", List.of("a", "b"),
                "Europe/London", null, kind, "Board meeting moved", occurrences);
    }

    @Test
    void fourLaterSessionsMovedTogetherAreOneEmailPerPersonListingTheMovedDates() {
        SeriesChanged moved = change(SeriesChanged.RESCHEDULED, 4);

        Effects effects = rules.seriesChanged(moved, NOW);

        assertThat(effects.messages()).extracting(NewMessage::purpose).containsOnly(Purpose.SESSION_RESCHEDULED);
        assertThat(effects.messages()).extracting(NewMessage::recipientId).containsExactly("a", "b", "coach");
        assertThat(effects.messages()).allSatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo("series-1");
            assertThat(m.source()).isEqualTo(moved.eventId().toString());
        });
        assertThat(effects.messages().get(0).personalisation())
                .containsEntry("when", "4 sessions of the series")
                .containsEntry("session_count", "4")
                .containsEntry("reason", "Board meeting moved")
                .containsEntry("dates", String.join("\n",
                        "Wednesday 18 March 2026, 14:00 to 15:30 (UK time)",
                        "Wednesday 25 March 2026, 14:00 to 15:30 (UK time)",
                        "Wednesday 1 April 2026, 15:00 to 16:30 (UK time)",
                        "Wednesday 8 April 2026, 15:00 to 16:30 (UK time)"))
                .containsEntry("previous_when", String.join("\n",
                        "Tuesday 17 March 2026, 10:00 (UK time)",
                        "Tuesday 24 March 2026, 10:00 (UK time)",
                        "Tuesday 31 March 2026, 11:00 (UK time)",
                        "Tuesday 7 April 2026, 11:00 (UK time)"));
    }

    @Test
    void oneSessionOfASeriesMovedOrSeveralCancelledAreOneEmailPerPersonAboutThem() {
        Effects one = rules.seriesChanged(change(SeriesChanged.RESCHEDULED, 1), NOW);
        Effects cancelled = rules.seriesChanged(change(SeriesChanged.CANCELLED, 2), NOW);

        assertThat(one.messages()).hasSize(3).allSatisfy(m -> assertThat(m.personalisation())
                .containsEntry("when", "Wednesday 18 March 2026, 14:00 to 15:30 (UK time)")
                .containsEntry("previous_when", "Tuesday 17 March 2026, 10:00 (UK time)")
                .containsEntry("session_count", "1"));
        assertThat(cancelled.messages()).hasSize(3).extracting(NewMessage::purpose).containsOnly(Purpose.SESSION_CANCELLED);
        assertThat(cancelled.messages().get(0).personalisation())
                .containsEntry("when", "2 sessions of the series")
                .containsEntry("dates", "Tuesday 17 March 2026, 10:00 (UK time)\nTuesday 24 March 2026, 10:00 (UK time)")
                .doesNotContainKey("previous_when");
    }

    @Test
    void aSessionThatDidNotHappenOwesNoLogReminderAndSendsNothing() {
        Effects effects = rules.notHeld(new SessionNotHeld(UUID.randomUUID(), NOW, "s-1", "collab", "coach", "Nobody came", STARTS));

        assertThat(effects.messages()).isEmpty();
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> {
            assertThat(w.subjectId()).isEqualTo("s-1");
            assertThat(w.purposes()).containsExactlyInAnyOrder(Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_REMINDER);
        });
    }

    @Test
    void deletingAComingSessionTellsEveryoneItWillNotHappenAndWithdrawsEverythingPending() {
        Effects effects = rules.deleted(deleted(false, STARTS, ENDS), NOW);

        assertThat(of(effects, Purpose.SESSION_CANCELLED)).extracting(NewMessage::recipientId).containsExactly("a", "coach");
        assertThat(of(effects, Purpose.SESSION_CANCELLED).get(0).personalisation()).containsEntry("title", "Board session")
                .containsEntry("reason", "It was created by mistake and has been removed from the programme.");
        assertThat(of(effects, Purpose.SESSION_CANCELLED).get(0).personalisation())
                .as("no calendar text: the personal calendar link is added when the email is sent").doesNotContainKey("calendar");
        assertThat(effects.messages()).hasSize(2);
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> assertThat(w.purposes()).containsExactlyInAnyOrder(
                Purpose.SESSION_REMINDER, Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED));
    }

    @Test
    void deletingACancelledOrEndedSessionSendsNothingAndWithdrawsWhatIsPending() {
        for (SessionDeleted e : List.of(deleted(true, STARTS, ENDS), deleted(false, NOW.minus(Duration.ofHours(3)),
                NOW.minus(Duration.ofHours(2))))) {
            Effects effects = rules.deleted(e, NOW);

            assertThat(effects.messages()).isEmpty();
            assertThat(effects.withdrawals()).singleElement().satisfies(w -> assertThat(w.subjectId()).isEqualTo("s-1"));
        }
    }

    private static SessionDeleted deleted(boolean alreadyCancelled, Instant starts, Instant ends) {
        return new SessionDeleted(UUID.randomUUID(), NOW, "s-1", "collab", "coach", "Board session", starts, ends, List.of("a"),
                "Europe/London", 3, alreadyCancelled);
    }
}
