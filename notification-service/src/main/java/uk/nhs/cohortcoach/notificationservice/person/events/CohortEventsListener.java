package uk.nhs.cohortcoach.notificationservice.person.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyTriggers;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/**
 * Keeps the people read model from {@code cohort.events.v1}, once per event id; on ParticipantLeft
 * also has {@link SurveyTriggers} stop the person's survey email for that team.
 */
@Component
class CohortEventsListener {

    static final String CONSUMER = "notification.people";

    private final EventInbox inbox;
    private final MongoTemplate mongo;
    private final SurveyTriggers surveys;

    CohortEventsListener(EventInbox inbox, MongoTemplate mongo, SurveyTriggers surveys) {
        this.inbox = inbox;
        this.mongo = mongo;
        this.surveys = surveys;
    }

    @KafkaListener(id = "notification-people", idIsGroup = false, topics = Topics.COHORT)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record.value(), this::handle);
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (!(event instanceof CohortEvent cohortEvent)) {
            return;
        }
        if (event instanceof PersonErased erased) {
            // here, after the person's earlier events: a lagging PersonUpdated cannot bring the address back
            mongo.remove(Query.query(Criteria.where("_id").is(erased.personId())), Person.class);
            return;
        }
        PersonChange.of(cohortEvent).ifPresent(change ->
                mongo.upsert(Query.query(Criteria.where("_id").is(change.personId())), change.update(), Person.class));
        if (event instanceof ParticipantLeft left) {
            surveys.participantLeft(left.personId(), left.collaborativeId());
        }
    }
}
