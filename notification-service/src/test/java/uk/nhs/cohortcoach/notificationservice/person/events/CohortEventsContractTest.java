package uk.nhs.cohortcoach.notificationservice.person.events;

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
import uk.nhs.cohortcoach.platform.support.inbox.ContractInbox;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyTriggers;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;
import uk.nhs.cohortcoach.platform.support.readmodel.Projection;

/**
 * The people read model consumes cohort-service's events as pinned in {@code platform/events}: each
 * example record, through the projection, arrives with the fields notification-service keeps about a
 * person. A producer that renames a field changes the example, and this fails.
 */
class CohortEventsContractTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final SurveyTriggers surveys = mock(SurveyTriggers.class);
    private final EventInbox inbox = ContractInbox.create();
    private final Projection projection = PeopleReadModel.projection(mongo, surveys);

    @Test
    void keepsNameEmailAndRolesOfARegisteredPerson() {
        assertDetails(PersonRegistered.class);
    }

    @Test
    void keepsNameEmailAndRolesOfAnUpdatedPerson() {
        assertDetails(PersonUpdated.class);
    }

    @Test
    void addsTheTeamAParticipantJoined() {
        Update update = upsertOf(ParticipantJoined.class);

        assertThat(update.getUpdateObject().get("$addToSet", Document.class)).containsEntry(PersonChange.CURRENT, "collaborative-1");
        assertThat(update.getUpdateObject().get("$pull", Document.class)).containsEntry(PersonChange.LEFT, "collaborative-1");
    }

    @Test
    void recordsTheTeamAParticipantLeftAndStopsTheirSurveyEmailForIt() {
        Update update = upsertOf(ParticipantLeft.class);

        assertThat(update.getUpdateObject().get("$pull", Document.class)).containsEntry(PersonChange.CURRENT, "collaborative-1");
        assertThat(update.getUpdateObject().get("$addToSet", Document.class)).containsEntry(PersonChange.LEFT, "collaborative-1");
        verify(surveys).participantLeft("person-1", "collaborative-1");
    }

    @Test
    void removesAnErasedPerson() {
        projection.receive(inbox, ContractExamples.record(PersonErased.class));

        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        verify(mongo).remove(query.capture(), eq(Person.class));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", "person-42");
    }

    @Test
    void readsAnExampleWithFieldsItDoesNotKnow() {
        projection.receive(inbox, ContractExamples.recordWithUnknownFields(PersonRegistered.class));

        assertThat(updateOf().getUpdateObject().get("$set", Document.class)).containsEntry("email", "asha.patel@example.nhs.uk");
    }

    private void assertDetails(Class<? extends DomainEvent> type) {
        assertThat(upsertOf(type).getUpdateObject().get("$set", Document.class)).containsEntry("name", "Asha Patel")
                .containsEntry("email", "asha.patel@example.nhs.uk").containsEntry("roles", List.of("PARTICIPANT"));
    }

    private Update upsertOf(Class<? extends DomainEvent> type) {
        projection.receive(inbox, ContractExamples.record(type));
        return updateOf();
    }

    private Update updateOf() {
        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        ArgumentCaptor<Update> update = ArgumentCaptor.forClass(Update.class);
        verify(mongo).upsert(query.capture(), update.capture(), eq(Person.class));
        assertThat(query.getValue().getQueryObject()).containsEntry("_id", "person-1");
        return update.getValue();
    }
}
