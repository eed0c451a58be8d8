package uk.nhs.cohortcoach.coachingservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.cohort.CohortDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;

/**
 * The read model consumes cohort-service's events as pinned in {@code platform/events}: each example
 * record, read through the projection, arrives with the fields the read model keeps. A producer that
 * renames a field changes the example, and this fails.
 */
class CohortEventsContractTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final Projection projection = CohortReadModel.projection(mongo);
    private final EventInbox inbox = ContractInbox.create();

    @Test
    void keepsNameDatesAndStatusOfACreatedCohort() {
        assertCohortView(CohortCreated.class);
    }

    @Test
    void keepsNameDatesAndStatusOfAnUpdatedCohort() {
        assertCohortView(CohortUpdated.class);
    }

    @Test
    void keepsCohortNameCoachesAndPlannedHoursOfAnEnrolledCollaborative() {
        assertCollaborativeView(CollaborativeEnrolled.class);
    }

    @Test
    void keepsCohortNameCoachesAndPlannedHoursOfAnUpdatedCollaborative() {
        assertCollaborativeView(CollaborativeUpdated.class);
    }

    @Test
    void keepsNameEmailAndRolesOfARegisteredPerson() {
        assertPersonView(PersonRegistered.class);
    }

    @Test
    void keepsNameEmailAndRolesOfAnUpdatedPerson() {
        assertPersonView(PersonUpdated.class);
    }

    @Test
    void addsTheCollaborativeAParticipantJoinedToTheirTeams() {
        Update update = upsertOf(ParticipantJoined.class, PersonView.class, "person-1");

        assertThat(update.getUpdateObject().get("$addToSet", Document.class))
                .containsEntry(ViewUpdate.CURRENT_COLLABORATIVE_IDS, "collaborative-1");
    }

    @Test
    void removesTheCollaborativeAParticipantLeftFromTheirTeams() {
        Update update = upsertOf(ParticipantLeft.class, PersonView.class, "person-1");

        assertThat(update.getUpdateObject().get("$pull", Document.class))
                .containsEntry(ViewUpdate.CURRENT_COLLABORATIVE_IDS, "collaborative-1");
    }

    @Test
    void removesAnErasedPersonFromTheReadModel() {
        assertThat(projection.receive(inbox, ContractExamples.record(PersonErased.class))).isTrue();

        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        verify(mongo).remove(query.capture(), eq(PersonView.class));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", "person-42");
    }

    @Test
    void removesADeletedCohortFromTheReadModel() {
        assertThat(projection.receive(inbox, ContractExamples.record(CohortDeleted.class))).isTrue();

        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        verify(mongo).remove(query.capture(), eq(CohortView.class));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", "cohort-3");
    }

    @Test
    void removesADeletedCollaborativeFromTheReadModel() {
        assertThat(projection.receive(inbox, ContractExamples.record(CollaborativeDeleted.class))).isTrue();

        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        verify(mongo).remove(query.capture(), eq(CollaborativeView.class));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", "collab-9");
    }

    @Test
    void readsAnExampleWithFieldsItDoesNotKnowLikeThePlainExample() {
        projection.receive(inbox, ContractExamples.recordWithUnknownFields(CollaborativeEnrolled.class));
        projection.receive(inbox, ContractExamples.record(CollaborativeEnrolled.class));

        ArgumentCaptor<Update> updates = ArgumentCaptor.forClass(Update.class);
        verify(mongo, org.mockito.Mockito.times(2)).upsert(any(Query.class), updates.capture(), eq(CollaborativeView.class));
        assertThat(updates.getAllValues().get(0).getUpdateObject()).isEqualTo(updates.getAllValues().get(1).getUpdateObject());
        assertThat(set(updates.getAllValues().get(0))).containsEntry("name", "Joined Up Care Derbyshire");
    }

    private void assertCohortView(Class<? extends DomainEvent> type) {
        assertThat(set(upsertOf(type, CohortView.class, "cohort-2"))).containsEntry("name", "Phase 2")
                .containsEntry("startDate", LocalDate.of(2026, 4, 1)).containsEntry("endDate", LocalDate.of(2027, 3, 31))
                .containsEntry("status", "ACTIVE");
    }

    private void assertCollaborativeView(Class<? extends DomainEvent> type) {
        assertThat(set(upsertOf(type, CollaborativeView.class, "collaborative-1"))).containsEntry("cohortId", "cohort-2")
                .containsEntry("name", "Joined Up Care Derbyshire").containsEntry("coachIds", List.of("coach-1", "coach-2"))
                .containsEntry("plannedCoachingHours", 24);
    }

    private void assertPersonView(Class<? extends DomainEvent> type) {
        assertThat(set(upsertOf(type, PersonView.class, "person-1"))).containsEntry("name", "Asha Patel")
                .containsEntry("email", "asha.patel@example.nhs.uk").containsEntry("roles", List.of("PARTICIPANT"));
    }

    private Update upsertOf(Class<? extends DomainEvent> type, Class<?> view, String id) {
        assertThat(projection.receive(inbox, ContractExamples.record(type))).as("handled").isTrue();
        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        ArgumentCaptor<Update> update = ArgumentCaptor.forClass(Update.class);
        verify(mongo).upsert(query.capture(), update.capture(), eq(view));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", id);
        return update.getValue();
    }

    private static Document set(Update update) {
        return update.getUpdateObject().get("$set", Document.class);
    }
}
