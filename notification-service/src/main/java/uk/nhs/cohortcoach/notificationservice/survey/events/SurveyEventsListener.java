package uk.nhs.cohortcoach.notificationservice.survey.events;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.survey.SurveyTriggers;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption;
import uk.nhs.cohortcoach.platform.events.survey.SurveyEvent;

/** Turns {@code survey.events.v1} into survey email, once per event id. */
@Component
class SurveyEventsListener {

    static final String CONSUMER = "notification.survey";

    private final BatchConsumption consumption;
    private final SurveyTriggers surveys;

    SurveyEventsListener(BatchConsumption consumption, SurveyTriggers surveys) {
        this.consumption = consumption;
        this.surveys = surveys;
    }

    /** One poll's records at a time (see {@link uk.nhs.cohortcoach.notificationservice.trigger.BatchConsumption}). */
    @KafkaListener(id = "notification-survey", idIsGroup = false, topics = Topics.SURVEY,
            batch = "true", containerPostProcessor = "batchAcknowledgement")
    void on(List<ConsumerRecord<String, String>> records) {
        consumption.receive(CONSUMER, records, this::handle);
    }

    private void handle(DomainEvent event, EventEnvelope envelope) {
        if (event instanceof SurveyEvent survey) {
            surveys.on(survey);
        }
    }
}
