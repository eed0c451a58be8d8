package uk.nhs.cohortcoach.notificationservice.survey.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyTriggers;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;
import uk.nhs.cohortcoach.platform.events.survey.ReminderRequested;
import uk.nhs.cohortcoach.platform.events.survey.ResponseSubmitted;
import uk.nhs.cohortcoach.platform.events.survey.SurveyEvent;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveClosed;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;

/**
 * Survey email consumes survey-service's events as pinned in {@code platform/events}: each example
 * record, through the listener, reaches the triggers with every field they and the message rules read.
 * A producer that renames a field changes the example, and this fails.
 */
class SurveyEventsContractTest {

    private static final Instant CLOSES_AT = Instant.parse("2026-03-30T17:00:00Z");

    private final SurveyTriggers surveys = mock(SurveyTriggers.class);
    private final SurveyEventsListener listener = new SurveyEventsListener(new BatchConsumption(ContractInbox.create(), mock(Messages.class)), surveys);

    @Test
    void keepsTheLabelAndClosingTimeOfAnOpenedWave() {
        WaveOpened e = received(WaveOpened.class, ContractExamples.record(WaveOpened.class));

        assertThat(e.waveId()).isEqualTo("wave-1");
        assertThat(e.label()).isEqualTo("baseline");
        assertThat(e.closesAt()).isEqualTo(CLOSES_AT);
    }

    @Test
    void invitesThePersonOfAnIssuedInvitationForItsTeamUntilItCloses() {
        InvitationIssued e = received(InvitationIssued.class, ContractExamples.record(InvitationIssued.class));

        assertThat(e.eventId()).isEqualTo(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a02"));
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(e.waveId()).isEqualTo("wave-1");
        assertThat(e.invitationId()).isEqualTo("invitation-1");
        assertThat(e.personId()).isEqualTo("person-1");
        assertThat(e.collaborativeId()).isEqualTo("collaborative-1");
        assertThat(e.closesAt()).isEqualTo(CLOSES_AT);
    }

    @Test
    void remindsTheRequestedInvitationsOfTheWaveUntilItCloses() {
        ReminderRequested e = received(ReminderRequested.class, ContractExamples.record(ReminderRequested.class));

        assertThat(e.eventId()).isEqualTo(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a03"));
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(e.waveId()).isEqualTo("wave-1");
        assertThat(e.invitationIds()).isEqualTo(List.of("invitation-1", "invitation-2"));
        assertThat(e.closesAt()).isEqualTo(CLOSES_AT);
    }

    @Test
    void stopsRemindingTheInvitationOfASubmittedResponse() {
        ResponseSubmitted e = received(ResponseSubmitted.class, ContractExamples.record(ResponseSubmitted.class));

        assertThat(e.waveId()).isEqualTo("wave-1");
        assertThat(e.invitationId()).isEqualTo("invitation-1");
        assertThat(e.collaborativeId()).isEqualTo("collaborative-1");
    }

    @Test
    void withdrawsTheSurveyEmailOfAClosedWave() {
        assertThat(received(WaveClosed.class, ContractExamples.record(WaveClosed.class)).waveId()).isEqualTo("wave-1");
    }

    @Test
    void readsAScheduledWaveAndHandsItOnWithoutFailing() {
        assertThat(received(WaveScheduled.class, ContractExamples.record(WaveScheduled.class)).waveId()).isEqualTo("wave-1");
    }

    @Test
    void readsACancelledWaveAndHandsItOnWithoutFailing() {
        assertThat(received(WaveCancelled.class, ContractExamples.record(WaveCancelled.class)).waveId()).isEqualTo("wave-1");
    }

    @Test
    void readsAnExampleWithFieldsItDoesNotKnow() {
        InvitationIssued e = received(InvitationIssued.class, ContractExamples.recordWithUnknownFields(InvitationIssued.class));

        assertThat(e.personId()).isEqualTo("person-1");
        assertThat(e.closesAt()).isEqualTo(CLOSES_AT);
    }

    private <T extends SurveyEvent> T received(Class<T> type, String record) {
        listener.on(List.of(ContractInbox.record(Topics.SURVEY, record)));

        ArgumentCaptor<SurveyEvent> event = ArgumentCaptor.forClass(SurveyEvent.class);
        verify(surveys).on(event.capture());
        return type.cast(event.getValue());
    }
}
