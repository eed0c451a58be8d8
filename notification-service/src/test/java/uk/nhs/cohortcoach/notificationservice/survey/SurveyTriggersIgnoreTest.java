package uk.nhs.cohortcoach.notificationservice.survey;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.person.Memberships;
import uk.nhs.cohortcoach.notificationservice.trigger.EffectsApplier;
import uk.nhs.cohortcoach.notificationservice.trigger.ReminderSettings;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;
import uk.nhs.cohortcoach.platform.events.survey.SurveyEvent;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;

/**
 * A wave scheduled to open later, or cancelled before it opened, invites nobody: survey email has nothing to send or
 * withdraw for it (its WaveOpened and InvitationIssued, if it opens, are what count), so the triggers touch nothing.
 */
class SurveyTriggersIgnoreTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final Memberships memberships = mock(Memberships.class);
    private final EffectsApplier applier = mock(EffectsApplier.class);
    private final Messages messages = mock(Messages.class);
    private final SurveyTriggers triggers = new SurveyTriggers(mongo, memberships, applier, Clock.systemUTC(),
            ReminderSettings.defaults(), messages);

    @Test
    void aScheduledWaveSendsNothingAndKeepsNothing() {
        triggers.on(pinned(WaveScheduled.class));

        verifyNoInteractions(mongo, memberships, applier, messages);
    }

    @Test
    void aWaveCancelledBeforeItOpenedSendsNothingAndKeepsNothing() {
        triggers.on(pinned(WaveCancelled.class));

        verifyNoInteractions(mongo, memberships, applier, messages);
    }

    private static SurveyEvent pinned(Class<? extends SurveyEvent> type) {
        return (SurveyEvent) EventJson.payload(EventJson.read(ContractExamples.record(type))).orElseThrow();
    }
}
