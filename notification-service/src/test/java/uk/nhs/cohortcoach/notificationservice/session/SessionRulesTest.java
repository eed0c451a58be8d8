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
        assertThat(first.personalisation().get("calendar")).contains("METHOD:REQUEST", "BEGIN:VEVENT", "UID:s-1@cohort-coach",
                "SEQUENCE:0", "DTSTART:20260303T100000Z", "DTEND:20260303T113000Z", "SUMMARY:Board session",
                "LOCATION:https://video.example/abc", "URL:https://video.example/abc");
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
        assertThat(of(effects, Purpose.SESSION_RESCHEDULED).get(0).personalisation().get("calendar")).contains("SEQUENCE:1");
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
        assertThat(of(effects, Purpose.SESSION_CANCELLED).get(0).personalisation().get("calendar"))
                .contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2");
        assertThat(effects.withdrawals()).singleElement().satisfies(w -> assertThat(w.purposes()).contains(
                Purpose.SESSION_REMINDER, Purpose.SESSION_LOG_REMINDER, Purpose.SESSION_INVITATION, Purpose.SESSION_RESCHEDULED));
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
        assertThat(of(effects, Purpose.SESSION_CANCELLED).get(0).personalisation().get("calendar"))
                .contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:3", "UID:s-1@cohort-coach");
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
