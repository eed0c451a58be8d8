package uk.nhs.cohortcoach.notificationservice.openevent.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.openevent.OpenEventTriggers;
import uk.nhs.cohortcoach.notificationservice.resource.ResourceTriggers;
import uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;
import uk.nhs.cohortcoach.platform.events.hub.AttendanceRecorded;
import uk.nhs.cohortcoach.platform.events.hub.HubEvent;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventCancelled;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventChanged;
import uk.nhs.cohortcoach.platform.events.hub.OpenEventScheduled;
import uk.nhs.cohortcoach.platform.events.hub.RecordingPublished;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationCancelled;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationConfirmed;
import uk.nhs.cohortcoach.platform.events.hub.RegistrationWaitlisted;
import uk.nhs.cohortcoach.platform.events.hub.ResourceArchived;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;

/**
 * Open-event, registration and new-resource email consume hub-service's events as pinned in {@code platform/events}:
 * each example record, through the listener, reaches the triggers with every field the rules read. A producer that
 * renames a field changes the example, and this fails.
 */
class HubEventsContractTest {

    private final OpenEventTriggers openEvents = mock(OpenEventTriggers.class);
    private final ResourceTriggers resources = mock(ResourceTriggers.class);
    private final HubEventsListener listener = new HubEventsListener(new BatchConsumption(ContractInbox.create(), mock(Messages.class)),
            openEvents, resources);

    @Test
    void keepsAScheduledEventsTitleTimesZoneAndJoiningLink() {
        OpenEventScheduled e = openEvent(OpenEventScheduled.class);

        assertEventIdentity(e, "03");
        assertThat(e.openEventId()).isEqualTo("open-event-1");
        assertThat(e.title()).isEqualTo("Peer learning: equitable elective recovery");
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2027-01-14T12:00:00Z"));
        assertThat(e.endsAt()).isEqualTo(Instant.parse("2027-01-14T13:00:00Z"));
        assertThat(e.timeZone()).isEqualTo("Europe/London");
        assertThat(e.joiningLink()).isEqualTo("https://teams.example.nhs.uk/meet/abc");
    }

    @Test
    void movesRemindersOfAChangedEventByItsNewTimesAndSequence() {
        OpenEventChanged e = openEvent(OpenEventChanged.class);

        assertEventIdentity(e, "04");
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2027-01-14T13:00:00Z"));
        assertThat(e.endsAt()).isEqualTo(Instant.parse("2027-01-14T14:00:00Z"));
        assertThat(e.sequence()).isEqualTo(1);
        assertThat(e.title()).isEqualTo("Peer learning: equitable elective recovery");
        assertThat(e.joiningLink()).isEqualTo("https://teams.example.nhs.uk/meet/abc");
        assertThat(e.timeZone()).isEqualTo("Europe/London");
    }

    @Test
    void tellsRegistrantsOfACancelledEventWithItsTitleTimeAndReason() {
        OpenEventCancelled e = openEvent(OpenEventCancelled.class);

        assertEventIdentity(e, "05");
        assertThat(e.openEventId()).isEqualTo("open-event-1");
        assertThat(e.title()).isEqualTo("Peer learning: equitable elective recovery");
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2027-01-14T13:00:00Z"));
        assertThat(e.reason()).isEqualTo("Speaker unavailable; a new date will follow");
    }

    @Test
    void confirmsAPlaceToTheNameAndAddressGivenSayingWhetherItCameFromTheWaitingList() {
        RegistrationConfirmed e = openEvent(RegistrationConfirmed.class);

        assertEventIdentity(e, "06");
        assertThat(e.openEventId()).isEqualTo("open-event-1");
        assertThat(e.registrationId()).isEqualTo("registration-1");
        assertThat(e.name()).isEqualTo("Priya Shah");
        assertThat(e.email()).isEqualTo("priya.shah@example.nhs.uk");
        assertThat(e.fromWaitingList()).isTrue();
    }

    @Test
    void tellsAWaitingListPlaceItsPosition() {
        RegistrationWaitlisted e = openEvent(RegistrationWaitlisted.class);

        assertEventIdentity(e, "07");
        assertThat(e.registrationId()).isEqualTo("registration-2");
        assertThat(e.name()).isEqualTo("Tom Evans");
        assertThat(e.email()).isEqualTo("tom.evans@example.nhs.uk");
        assertThat(e.position()).isEqualTo(3);
    }

    @Test
    void confirmsACancellationAndWithdrawsItsReminders() {
        RegistrationCancelled e = openEvent(RegistrationCancelled.class);

        assertEventIdentity(e, "08");
        assertThat(e.openEventId()).isEqualTo("open-event-1");
        assertThat(e.registrationId()).isEqualTo("registration-1");
        assertThat(e.hadPlace()).isTrue();
    }

    @Test
    void sendsTheFeedbackLinkToEachAttendee() {
        AttendanceRecorded e = openEvent(AttendanceRecorded.class);

        assertEventIdentity(e, "09");
        assertThat(e.attendedRegistrationIds()).containsExactly("registration-1", "registration-3");
    }

    @Test
    void sendsTheRecordingsResourceToTheRegistrants() {
        RecordingPublished e = openEvent(RecordingPublished.class);

        assertEventIdentity(e, "10");
        assertThat(e.openEventId()).isEqualTo("open-event-1");
        assertThat(e.resourceId()).isEqualTo("resource-7");
        assertThat(e.title()).isEqualTo("Recording: equitable elective recovery");
    }

    @Test
    void tellsThoseWhoOptedInOfAPublishedResourceByItsAudienceAndCohort() {
        ResourcePublished e = resource(ResourcePublished.class);

        assertEventIdentity(e, "01");
        assertThat(e.resourceId()).isEqualTo("resource-1");
        assertThat(e.title()).isEqualTo("Equity at board level: five questions");
        assertThat(e.summary()).startsWith("A one-page guide");
        assertThat(e.kind()).isEqualTo("BOARD_RESOURCE");
        assertThat(e.audience()).isEqualTo("COHORT");
        assertThat(e.cohortId()).isEqualTo("cohort-1");
    }

    @Test
    void passesAnArchivedResourceToTheResourceTriggersWhichOweNothingForIt() {
        assertThat(resource(ResourceArchived.class).resourceId()).isEqualTo("resource-1");
    }

    @Test
    void readsAnExampleWithFieldsItDoesNotKnow() {
        when(openEvents.on(any())).thenReturn(true);

        listener.on(List.of(ContractInbox.record(Topics.HUB, ContractExamples.recordWithUnknownFields(RegistrationConfirmed.class))));

        ArgumentCaptor<HubEvent> event = ArgumentCaptor.forClass(HubEvent.class);
        verify(openEvents).on(event.capture());
        assertThat(event.getValue()).isInstanceOfSatisfying(RegistrationConfirmed.class,
                e -> assertThat(e.email()).isEqualTo("priya.shah@example.nhs.uk"));
    }

    private <T extends HubEvent> T openEvent(Class<T> type) {
        when(openEvents.on(any())).thenReturn(true);
        listener.on(List.of(ContractInbox.record(Topics.HUB, ContractExamples.record(type))));

        ArgumentCaptor<HubEvent> event = ArgumentCaptor.forClass(HubEvent.class);
        verify(openEvents).on(event.capture());
        verify(resources, never()).on(any());
        return type.cast(event.getValue());
    }

    private <T extends HubEvent> T resource(Class<T> type) {
        listener.on(List.of(ContractInbox.record(Topics.HUB, ContractExamples.record(type))));

        ArgumentCaptor<HubEvent> event = ArgumentCaptor.forClass(HubEvent.class);
        verify(resources).on(event.capture());
        return type.cast(event.getValue());
    }

    private static void assertEventIdentity(DomainEvent e, String example) {
        assertThat(e.eventId()).isEqualTo(UUID.fromString("9b2f4c10-6a1e-4d3b-9c8f-1a2b3c4d5e" + example));
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
    }
}
