package uk.nhs.cohortcoach.surveyservice.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.Topics;

/** Keeps the read model up to date from {@code cohort.events.v1}, in the service's consumer group. */
@Component
class CohortEventsListener {

    private final ReadModelProjection projection;

    CohortEventsListener(ReadModelProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = "survey-read-model", idIsGroup = false, topics = Topics.COHORT)
    void on(ConsumerRecord<String, String> record) {
        projection.receive(record.value());
    }
}
