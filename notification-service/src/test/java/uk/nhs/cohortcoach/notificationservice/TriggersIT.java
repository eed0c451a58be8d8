package uk.nhs.cohortcoach.notificationservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.session.SessionView;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.survey.ResponseSubmitted;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class TriggersIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private MongoTemplate mongo;

    private final Instant starts = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
    private final Instant ends = starts.plus(Duration.ofMinutes(90));

    private List<Message> messages(String subjectId, Purpose purpose) {
        return mongo.find(Query.query(Criteria.where("subjectId").is(subjectId).and("purpose").is(purpose)), Message.class);
    }

    private SessionScheduled scheduled(String session, String coach, String... invitees) {
        return new SessionScheduled(UUID.randomUUID(), Instant.now(), session, "cohort", "collab", coach, "TEAM_COACHING",
                "Board session", starts, ends, "Room 1", List.of(invitees), null, "Europe/London", null);
    }

    @Test
    void aScheduledSessionInvitesInviteesAndCoachOnceEvenWhenDeliveredThreeTimes() {
        String session = "s-" + UUID.randomUUID();
        SessionScheduled event = scheduled(session, "coach", "a", "b");
        PlatformEvents.publish(Topics.COACHING, event);
        PlatformEvents.publish(Topics.COACHING, event);
        PlatformEvents.publish(Topics.COACHING, event);

        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(session, Purpose.SESSION_LOG_REMINDER)).hasSize(1));
        assertThat(messages(session, Purpose.SESSION_INVITATION)).extracting(Message::recipientId)
                .containsExactlyInAnyOrder("a", "b", "coach");
        assertThat(messages(session, Purpose.SESSION_INVITATION)).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING);
            // the calendar is a personal link added when sending, no longer iCalendar text in the message
            assertThat(m.personalisation()).containsEntry("session_count", "1").doesNotContainKey("calendar");
        });
        assertThat(messages(session, Purpose.SESSION_REMINDER)).hasSize(3)
                .allSatisfy(m -> assertThat(m.dueAt()).isEqualTo(starts.minus(Duration.ofHours(24))));
    }

    @Test
    void reschedulingMovesTheRemindersAndCancellingWithdrawsThem() {
        String session = "s-" + UUID.randomUUID();
        PlatformEvents.publish(Topics.COACHING, scheduled(session, "coach", "a"));
        Instant newStart = starts.plus(Duration.ofDays(1));
        PlatformEvents.publish(Topics.COACHING, new SessionRescheduled(UUID.randomUUID(), Instant.now(), session, "collab", "coach",
                newStart, newStart.plus(Duration.ofMinutes(90)), "Room 2", "clash", 1, "Board session", List.of("a"), null, null,
                starts));

        // One event's notices are stored before its withdrawals run, so wait for the whole outcome, not its first part.
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(session, Purpose.SESSION_RESCHEDULED)).hasSize(2);
            List<Message> reminders = messages(session, Purpose.SESSION_REMINDER);
            assertThat(reminders).filteredOn(m -> m.status() == DeliveryStatus.WITHDRAWN)
                    .extracting(Message::dueAt).containsOnly(starts.minus(Duration.ofHours(24))).hasSize(2);
            assertThat(reminders).filteredOn(m -> m.status() == DeliveryStatus.PENDING)
                    .extracting(Message::dueAt).containsOnly(newStart.minus(Duration.ofHours(24))).hasSize(2);
            assertThat(messages(session, Purpose.SESSION_LOG_REMINDER)).filteredOn(m -> m.status() == DeliveryStatus.PENDING)
                    .hasSize(1);
        });

        PlatformEvents.publish(Topics.COACHING, new SessionCancelled(UUID.randomUUID(), Instant.now(), session, "collab", "coach",
                "unwell", "Board session", newStart, List.of("a"), null, 2));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(session, Purpose.SESSION_CANCELLED)).hasSize(2);
            assertThat(messages(session, Purpose.SESSION_REMINDER)).hasSize(4)
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
            assertThat(messages(session, Purpose.SESSION_LOG_REMINDER)).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
        });
    }

    @Test
    void loggingWithdrawsTheLogReminder() {
        String session = "s-" + UUID.randomUUID();
        PlatformEvents.publish(Topics.COACHING, scheduled(session, "coach", "a"));
        PlatformEvents.publish(Topics.COACHING, new SessionLogged(UUID.randomUUID(), Instant.now(), session, "collab", "coach",
                List.of("a"), List.of(), true));

        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(session, Purpose.SESSION_LOG_REMINDER))
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN)));
        assertThat(messages(session, Purpose.SESSION_REMINDER)).allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING));
    }

    @Test
    void aSessionThatDidNotHappenOwesNoLogReminder() {
        String session = "s-" + UUID.randomUUID();
        Instant began = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        PlatformEvents.publish(Topics.COACHING, new SessionScheduled(UUID.randomUUID(), Instant.now(), session, "cohort", "collab",
                "coach", "TEAM_COACHING", "Board session", began, began.plus(Duration.ofMinutes(90)), "Room 1", List.of("a"), null,
                "Europe/London", null));
        PlatformEvents.publish(Topics.COACHING, new SessionNotHeld(UUID.randomUUID(), Instant.now(), session, "collab", "coach",
                "Nobody came", began));

        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(session, Purpose.SESSION_LOG_REMINDER))
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN)));
        assertThat(messages(session, Purpose.SESSION_INVITATION)).as("over before it was recorded").isEmpty();
    }

    @Test
    void deletingAComingSessionWithdrawsEverythingPendingAndTellsItsPeopleItWillNotHappen() {
        String session = "s-" + UUID.randomUUID();
        PlatformEvents.publish(Topics.COACHING, scheduled(session, "coach", "a"));
        PlatformEvents.publish(Topics.COACHING, new SessionDeleted(UUID.randomUUID(), Instant.now(), session, "collab", "coach",
                "Board session", starts, ends, List.of("a"), "Europe/London", 1, false));

        // One event's notices are stored before its withdrawals run, so wait for the whole outcome, not its first part.
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(session, Purpose.SESSION_CANCELLED)).extracting(Message::recipientId)
                    .containsExactlyInAnyOrder("a", "coach");
            assertThat(messages(session, Purpose.SESSION_CANCELLED))
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING));
            // the personal calendar link the email carries shows the session cancelled, at the deletion's sequence
            assertThat(mongo.findById(session, SessionView.class)).satisfies(view -> {
                assertThat(view.cancelled()).isTrue();
                assertThat(view.sequence()).isEqualTo(1);
            });
            for (Purpose withdrawn : List.of(Purpose.SESSION_INVITATION, Purpose.SESSION_REMINDER, Purpose.SESSION_LOG_REMINDER)) {
                assertThat(messages(session, withdrawn)).as(withdrawn.name()).isNotEmpty()
                        .allSatisfy(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
            }
        });
    }

    @Test
    void surveyRemindersGoOnlyToThoseWhoHaveNotAnsweredAndNotLeft() {
        String wave = "w-" + UUID.randomUUID();
        String team = "c-" + UUID.randomUUID();
        String open = "i-" + UUID.randomUUID();
        String answered = "i-" + UUID.randomUUID();
        String leaver = "i-" + UUID.randomUUID();
        String leaverPerson = "p-" + UUID.randomUUID();
        Instant closes = Instant.now().plus(Duration.ofDays(14));
        Instant now = Instant.now();
        PlatformEvents.publish(Topics.COHORT, new ParticipantJoined(UUID.randomUUID(), now, leaverPerson, team, "cohort", "LEAD", null));
        PlatformEvents.publish(Topics.SURVEY, new WaveOpened(UUID.randomUUID(), now, wave, "cohort", "Baseline", "f", 1, now, closes));
        PlatformEvents.publish(Topics.SURVEY, new InvitationIssued(UUID.randomUUID(), now, wave, open, "p-open-" + wave, team, closes));
        PlatformEvents.publish(Topics.SURVEY, new InvitationIssued(UUID.randomUUID(), now, wave, answered, "p-done-" + wave, team, closes));
        PlatformEvents.publish(Topics.SURVEY, new InvitationIssued(UUID.randomUUID(), now, wave, leaver, leaverPerson, team, closes));
        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(leaver, Purpose.SURVEY_INVITATION)).hasSize(1));
        PlatformEvents.publish(Topics.SURVEY, new ResponseSubmitted(UUID.randomUUID(), now, wave, answered, team));
        PlatformEvents.publish(Topics.COHORT, new ParticipantLeft(UUID.randomUUID(), now, leaverPerson, team, "cohort", null));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(messages(leaver, Purpose.SURVEY_INVITATION)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
            assertThat(messages(answered, Purpose.SURVEY_INVITATION)).singleElement()
                    .satisfies(m -> assertThat(m.status()).isEqualTo(DeliveryStatus.WITHDRAWN));
        });

        ReminderRequested reminder = new ReminderRequested(UUID.randomUUID(), Instant.now(), wave, List.of(open, answered, leaver),
                "MANUAL", closes);
        PlatformEvents.publish(Topics.SURVEY, reminder);

        await().atMost(WAIT).untilAsserted(() -> assertThat(messages(open, Purpose.SURVEY_REMINDER)).hasSize(1));
        Message sent = messages(open, Purpose.SURVEY_REMINDER).get(0);
        assertThat(sent.invitationId()).isEqualTo(open);
        assertThat(sent.personalisation()).containsEntry("wave_label", "Baseline").containsKey("closes_on");
        assertThat(messages(open, Purpose.SURVEY_INVITATION)).singleElement()
                .satisfies(m -> assertThat(m.personalisation()).containsEntry("wave_label", "Baseline"));
        assertThat(messages(answered, Purpose.SURVEY_REMINDER)).isEmpty();
        assertThat(messages(leaver, Purpose.SURVEY_REMINDER)).isEmpty();
    }
}
