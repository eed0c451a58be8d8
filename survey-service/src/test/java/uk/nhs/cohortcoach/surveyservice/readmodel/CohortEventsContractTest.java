package uk.nhs.cohortcoach.surveyservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;

/**
 * survey-service's read model consumes cohort-service's events as pinned in {@code platform/events}:
 * each example record, read through the projections, arrives with the fields the surveys use. A
 * producer that renames a field changes the example, and this fails.
 */
class CohortEventsContractTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final ParticipantChanges changes = mock(ParticipantChanges.class);
    private final EventInbox inbox = ContractInbox.create();
    private final Projection projection = SurveyReadModels.participants(mongo, changes);
    private final Projection cohorts = SurveyReadModels.cohorts(mongo, "survey-service");

    @Test
    void keepsNameAndStatusOfACreatedCohort() {
        assertCohortView(CohortCreated.class);
    }

    @Test
    void keepsNameAndStatusOfAnUpdatedCohort() {
        assertCohortView(CohortUpdated.class);
    }

    @Test
    void keepsCohortNameAndCoachesOfAnEnrolledCollaborative() {
        assertCollaborativeView(CollaborativeEnrolled.class);
    }

    @Test
    void keepsCohortNameAndCoachesOfAnUpdatedCollaborative() {
        assertCollaborativeView(CollaborativeUpdated.class);
    }

    @Test
    void recordsTheTeamCohortAndLeadershipRoleOfAParticipantWhoJoined() {
        assertThat(projection.receive(inbox, ContractExamples.record(ParticipantJoined.class))).isTrue();

        ParticipantView.Team team = new ParticipantView.Team("collaborative-1", "cohort-2", "IMPROVEMENT_LEAD");
        verify(mongo).save(new ParticipantView("person-1", List.of(team)));
        verify(changes).joined("person-1", team);
    }

    @Test
    void dropsTheTeamOfAParticipantWhoLeft() {
        assertThat(projection.receive(inbox, ContractExamples.record(ParticipantLeft.class))).isTrue();

        verify(mongo).save(new ParticipantView("person-1", List.of()));
        verify(changes).left("person-1", "collaborative-1");
    }

    @Test
    void removesAnErasedPersonFromTheReadModel() {
        assertThat(projection.receive(inbox, ContractExamples.record(PersonErased.class))).isTrue();

        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        verify(mongo).remove(query.capture(), eq(ParticipantView.class));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", "person-42");
    }

    @Test
    void removesADeletedCohortFromTheReadModel() {
        assertThat(cohorts.receive(inbox, ContractExamples.record(CohortDeleted.class))).isTrue();

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
    void readsExamplesWithFieldsItDoesNotKnow() {
        assertThat(projection.receive(inbox, ContractExamples.recordWithUnknownFields(ParticipantJoined.class))).isTrue();
        assertThat(cohorts.receive(inbox, ContractExamples.recordWithUnknownFields(CohortCreated.class))).isTrue();

        ParticipantView.Team team = new ParticipantView.Team("collaborative-1", "cohort-2", "IMPROVEMENT_LEAD");
        verify(changes).joined("person-1", team);
        assertThat(set(upsertOf(CohortView.class, "cohort-2"))).containsEntry("name", "Phase 2");
    }

    private void assertCohortView(Class<? extends DomainEvent> type) {
        assertThat(cohorts.receive(inbox, ContractExamples.record(type))).as("handled").isTrue();

        assertThat(set(upsertOf(CohortView.class, "cohort-2"))).containsEntry("name", "Phase 2").containsEntry("status", "ACTIVE");
    }

    private void assertCollaborativeView(Class<? extends DomainEvent> type) {
        assertThat(projection.receive(inbox, ContractExamples.record(type))).as("handled").isTrue();

        assertThat(set(upsertOf(CollaborativeView.class, "collaborative-1"))).containsEntry("cohortId", "cohort-2")
                .containsEntry("name", "Joined Up Care Derbyshire").containsEntry("coachIds", List.of("coach-1", "coach-2"));
    }

    private Update upsertOf(Class<?> view, String id) {
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
