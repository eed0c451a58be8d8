package uk.nhs.cohortcoach.notificationservice.survey.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyTriggers;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.survey.SurveyEvent;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/** Turns {@code survey.events.v1} into survey email, once per event id. */
@Component
class SurveyEventsListener {

    static final String CONSUMER = "notification.survey";

    private final EventInbox inbox;
    private final SurveyTriggers surveys;

    SurveyEventsListener(EventInbox inbox, SurveyTriggers surveys) {
        this.inbox = inbox;
        this.surveys = surveys;
    }

    @KafkaListener(id = "notification-survey", idIsGroup = false, topics = Topics.SURVEY)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record.value(), this::handle);
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (event instanceof SurveyEvent survey) {
            surveys.on(survey);
        }
    }
}
