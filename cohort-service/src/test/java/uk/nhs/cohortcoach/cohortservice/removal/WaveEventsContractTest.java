package uk.nhs.cohortcoach.cohortservice.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;
import uk.nhs.cohortcoach.platform.events.survey.WaveCancelled;
import uk.nhs.cohortcoach.platform.events.survey.WaveOpened;
import uk.nhs.cohortcoach.platform.events.survey.WaveScheduled;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;

/**
 * The dependents read model consumes survey-service's wave events as pinned in {@code platform/events}: each example
 * record, through the projection, upserts the one document of its wave with the wave's cohort and its own mark. A
 * producer that renames {@code waveId} or {@code cohortId} changes the example, and this fails.
 */
class WaveEventsContractTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final EventInbox inbox = ContractInbox.create();
    private final Projection dependents = DependentsReadModel.projection(mongo);

    @Test
    void aScheduledWaveHoldsItsCohort() {
        Document set = upserted(WaveScheduled.class);

        assertThat(set).containsEntry("kind", Dependent.WAVE).containsEntry("cohortId", "cohort-1")
                .doesNotContainKeys("opened", "cancelled");
    }

    @Test
    void anOpenedWaveIsMarkedOpened() {
        assertThat(upserted(WaveOpened.class)).containsEntry("cohortId", "cohort-1").containsEntry("opened", true)
                .doesNotContainKey("cancelled");
    }

    @Test
    void aCancelledWaveIsMarkedCancelled() {
        assertThat(upserted(WaveCancelled.class)).containsEntry("cohortId", "cohort-1").containsEntry("cancelled", true)
                .doesNotContainKey("opened");
    }

    @Test
    void readsAnExampleWithFieldsItDoesNotKnow() {
        assertThat(dependents.receive(inbox, ContractExamples.recordWithUnknownFields(WaveScheduled.class))).isTrue();

        verify(mongo).upsert(any(Query.class), any(Update.class),
                eq(Dependent.class));
    }

    /** The {@code $set} of the upsert the example caused, after checking it is of the example's wave. */
    private Document upserted(Class<? extends DomainEvent> type) {
        assertThat(dependents.receive(inbox, ContractExamples.record(type))).isTrue();

        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        ArgumentCaptor<Update> update = ArgumentCaptor.forClass(Update.class);
        verify(mongo).upsert(query.capture(), update.capture(), eq(Dependent.class));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", "wave:wave-1");
        return (Document) update.getValue().getUpdateObject().get("$set");
    }
}
