package uk.nhs.cohortcoach.notificationservice.session.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;
import uk.nhs.cohortcoach.notificationservice.action.ActionTriggers;
import uk.nhs.cohortcoach.notificationservice.session.SessionTriggers;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption;
import uk.nhs.cohortcoach.platform.events.coaching.ActionAssigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionCompleted;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReassigned;
import uk.nhs.cohortcoach.platform.events.coaching.ActionReopened;
import uk.nhs.cohortcoach.platform.events.coaching.ActionUpdated;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesChanged;
import uk.nhs.cohortcoach.platform.events.coaching.SeriesScheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionCancelled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionDeleted;
import uk.nhs.cohortcoach.platform.events.coaching.SessionLogged;
import uk.nhs.cohortcoach.platform.events.coaching.SessionNotHeld;
import uk.nhs.cohortcoach.platform.events.coaching.SessionRescheduled;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;

/**
 * Session and action email consume coaching-service's events as pinned in {@code platform/events}:
 * each example record, through the listener, reaches the triggers with every field the message rules
 * read. A producer that renames a field changes the example, and this fails.
 */
class CoachingEventsContractTest {

    private static final List<String> INVITEES = List.of("person-1", "person-2");

    private final SessionTriggers sessions = mock(SessionTriggers.class);
    private final ActionTriggers actions = mock(ActionTriggers.class);
    private final CoachingEventsListener listener = new CoachingEventsListener(new BatchConsumption(ContractInbox.create(), mock(Messages.class)), sessions, actions);

    @Test
    void invitesFromAScheduledSessionWithItsTimesPlaceLinkCoachAndInvitees() {
        SessionScheduled e = session(SessionScheduled.class);

        assertEventIdentity(e, 11);
        assertThat(e.sessionId()).isEqualTo("session-1");
        assertThat(e.title()).isEqualTo("Team coaching: equity in waiting lists");
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2026-03-23T10:00:00Z"));
        assertThat(e.endsAt()).isEqualTo(Instant.parse("2026-03-23T11:30:00Z"));
        assertThat(e.location()).isEqualTo("Derby, Council House");
        assertThat(e.videoLink()).isEqualTo("https://meet.example.nhs.uk/session-1");
        assertThat(e.timeZone()).isEqualTo("Europe/London");
        assertThat(e.coachId()).isEqualTo("coach-1");
        assertThat(e.inviteeIds()).isEqualTo(INVITEES);
        // a session of a series is invited to by the series' own event
        assertThat(e.seriesId()).isEqualTo("series-1");
    }

    @Test
    void invitesToAWholeSeriesWithEveryOccurrenceAndWhatTheSessionsShare() {
        SeriesScheduled e = session(SeriesScheduled.class);

        assertEventIdentity(e, 17);
        assertThat(e.seriesId()).isEqualTo("series-1");
        assertThat(e.title()).isEqualTo("Team coaching: equity in waiting lists");
        assertThat(e.location()).isEqualTo("Derby, Council House");
        assertThat(e.videoLink()).isEqualTo("https://meet.example.nhs.uk/session-1");
        assertThat(e.timeZone()).isEqualTo("Europe/London");
        assertThat(e.coachId()).isEqualTo("coach-1");
        assertThat(e.inviteeIds()).isEqualTo(INVITEES);
        assertThat(e.occurrences()).containsExactly(
                new SeriesScheduled.Occurrence("session-1", Instant.parse("2026-03-23T10:00:00Z"), Instant.parse("2026-03-23T11:30:00Z")),
                new SeriesScheduled.Occurrence("session-2", Instant.parse("2026-03-30T09:00:00Z"), Instant.parse("2026-03-30T10:30:00Z")));
    }

    @Test
    void noticesTheSessionsOfASeriesOneRequestMovedWithTheirNewAndPreviousTimesOnce() {
        SeriesChanged e = session(SeriesChanged.class);

        assertEventIdentity(e, 18);
        assertThat(e.seriesId()).isEqualTo("series-1");
        assertThat(e.change()).isEqualTo(SeriesChanged.RESCHEDULED);
        assertThat(e.reason()).isEqualTo("Coach unavailable");
        assertThat(e.title()).isEqualTo("Team coaching: equity in waiting lists");
        assertThat(e.videoLink()).isEqualTo("https://meet.example.nhs.uk/session-1");
        assertThat(e.timeZone()).isEqualTo("Europe/London");
        assertThat(e.coachId()).isEqualTo("coach-1");
        assertThat(e.inviteeIds()).isEqualTo(INVITEES);
        assertThat(e.occurrences()).hasSize(2).first().isEqualTo(new SeriesChanged.Occurrence("session-1",
                Instant.parse("2026-03-24T13:00:00Z"), Instant.parse("2026-03-24T14:30:00Z"), Instant.parse("2026-03-23T10:00:00Z"),
                "Derby, Council House", 1));
    }

    @Test
    void noticesAMoveWithTheNewAndPreviousTimesReasonAndSequence() {
        SessionRescheduled e = session(SessionRescheduled.class);

        assertEventIdentity(e, 12);
        assertThat(e.sessionId()).isEqualTo("session-1");
        assertThat(e.sequence()).isEqualTo(1);
        assertThat(e.title()).isEqualTo("Team coaching: equity in waiting lists");
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        assertThat(e.endsAt()).isEqualTo(Instant.parse("2026-03-30T10:30:00Z"));
        assertThat(e.previousStartsAt()).isEqualTo(Instant.parse("2026-03-23T10:00:00Z"));
        assertThat(e.location()).isEqualTo("Derby, Council House");
        assertThat(e.videoLink()).isEqualTo("https://meet.example.nhs.uk/session-1");
        assertThat(e.timeZone()).isEqualTo("Europe/London");
        assertThat(e.reason()).isEqualTo("Coach unavailable");
        assertThat(e.coachId()).isEqualTo("coach-1");
        assertThat(e.inviteeIds()).isEqualTo(INVITEES);
    }

    @Test
    void noticesACancellationWithItsTitleTimeReasonSequenceAndPeople() {
        SessionCancelled e = session(SessionCancelled.class);

        assertEventIdentity(e, 13);
        assertThat(e.sessionId()).isEqualTo("session-1");
        assertThat(e.title()).isEqualTo("Team coaching: equity in waiting lists");
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        assertThat(e.timeZone()).isEqualTo("Europe/London");
        assertThat(e.reason()).isEqualTo("Industrial action");
        assertThat(e.sequence()).isEqualTo(2);
        assertThat(e.coachId()).isEqualTo("coach-1");
        assertThat(e.inviteeIds()).isEqualTo(INVITEES);
    }

    @Test
    void withdrawsTheLogReminderOfTheLoggedSession() {
        assertThat(session(SessionLogged.class).sessionId()).isEqualTo("session-1");
    }

    @Test
    void withdrawsTheRemindersOfASessionThatDidNotHappen() {
        SessionNotHeld e = session(SessionNotHeld.class);

        assertEventIdentity(e, 17);
        assertThat(e.sessionId()).isEqualTo("session-1");
    }

    @Test
    void withdrawsWhatIsPendingOfADeletedSessionAndTellsItsPeopleWithItsTitleTimesSequenceAndWhetherItWasCancelled() {
        SessionDeleted e = session(SessionDeleted.class);

        assertEventIdentity(e, 18);
        assertThat(e.sessionId()).isEqualTo("session-1");
        assertThat(e.title()).isEqualTo("Team coaching: equity in waiting lists");
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        assertThat(e.endsAt()).isEqualTo(Instant.parse("2026-03-30T10:30:00Z"));
        assertThat(e.timeZone()).isEqualTo("Europe/London");
        assertThat(e.sequence()).isEqualTo(1);
        assertThat(e.alreadyCancelled()).isTrue();
        assertThat(e.coachId()).isEqualTo("coach-1");
        assertThat(e.inviteeIds()).isEqualTo(INVITEES);
    }

    @Test
    void emailsTheOwnerOfAnAssignedActionWithItsDescriptionDueDateAndSession() {
        ActionAssigned e = action(ActionAssigned.class);

        assertEventIdentity(e, 15);
        assertThat(e.actionId()).isEqualTo("action-1");
        assertThat(e.ownerId()).isEqualTo("person-1");
        assertThat(e.description()).isEqualTo("Share the waiting list data by deprivation quintile");
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(e.sessionId()).isEqualTo("session-1");
    }

    @Test
    void withdrawsTheDueReminderOfTheCompletedAction() {
        assertThat(action(ActionCompleted.class).actionId()).isEqualTo("action-1");
    }

    @Test
    void movesTheOwnersDueReminderOfAnUpdatedActionFromThePreviousDueDate() {
        ActionUpdated e = action(ActionUpdated.class);

        assertThat(e.actionId()).isEqualTo("action-1");
        assertThat(e.ownerId()).isEqualTo("person-1");
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(e.previousDueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(e.description()).isEqualTo("Share the waiting list data by deprivation quintile and ethnicity");
    }

    @Test
    void emailsTheNewOwnerOfAReassignedActionAtTheEmailGivenForAnOutsider() {
        ActionReassigned e = action(ActionReassigned.class);

        assertThat(e.actionId()).isEqualTo("action-1");
        assertThat(e.ownerId()).isEqualTo("person-2");
        assertThat(e.ownerName()).isEqualTo("Sam Okafor");
        assertThat(e.ownerEmail()).isEqualTo("sam.okafor@example.nhs.uk");
        assertThat(e.description()).isEqualTo("Share the waiting list data by deprivation quintile");
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(e.sessionId()).isEqualTo("session-1");
    }

    @Test
    void owesTheDueReminderOfAReopenedActionToItsOwner() {
        ActionReopened e = action(ActionReopened.class);

        assertThat(e.actionId()).isEqualTo("action-1");
        assertThat(e.ownerId()).isEqualTo("person-1");
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(e.description()).isEqualTo("Share the waiting list data by deprivation quintile");
    }

    @Test
    void readsAnExampleWithFieldsItDoesNotKnow() {
        when(sessions.on(any())).thenReturn(true);

        listener.on(List.of(ContractInbox.record(Topics.COACHING, ContractExamples.recordWithUnknownFields(SessionScheduled.class))));

        ArgumentCaptor<CoachingEvent> event = ArgumentCaptor.forClass(CoachingEvent.class);
        verify(sessions).on(event.capture());
        assertThat(event.getValue()).isInstanceOfSatisfying(SessionScheduled.class,
                e -> assertThat(e.startsAt()).isEqualTo(Instant.parse("2026-03-23T10:00:00Z")));
    }

    private <T extends CoachingEvent> T session(Class<T> type) {
        when(sessions.on(any())).thenReturn(true);
        listener.on(List.of(ContractInbox.record(Topics.COACHING, ContractExamples.record(type))));

        ArgumentCaptor<CoachingEvent> event = ArgumentCaptor.forClass(CoachingEvent.class);
        verify(sessions).on(event.capture());
        verify(actions, never()).on(any());
        return type.cast(event.getValue());
    }

    private <T extends CoachingEvent> T action(Class<T> type) {
        listener.on(List.of(ContractInbox.record(Topics.COACHING, ContractExamples.record(type))));

        ArgumentCaptor<CoachingEvent> event = ArgumentCaptor.forClass(CoachingEvent.class);
        verify(actions).on(event.capture());
        return type.cast(event.getValue());
    }

    private static void assertEventIdentity(DomainEvent e, int example) {
        assertThat(e.eventId()).isEqualTo(UUID.fromString("7c1e2a40-3b5d-4e6f-8a9b-0c1d2e3f4%03d".formatted(example)));
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    }
}
