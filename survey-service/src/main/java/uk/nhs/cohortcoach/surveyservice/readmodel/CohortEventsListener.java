package uk.nhs.cohortcoach.surveyservice.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.Topics;

/**
 * Keeps the read model up to date from {@code cohort.events.v1}: collaboratives and participants in
 * the service's consumer group, cohorts in a group of their own (see {@link CohortProjection}).
 */
@Component
class CohortEventsListener {

    private final ReadModelProjection projection;
    private final CohortProjection cohorts;

    CohortEventsListener(ReadModelProjection projection, CohortProjection cohorts) {
        this.projection = projection;
        this.cohorts = cohorts;
    }

    @KafkaListener(id = "survey-read-model", idIsGroup = false, topics = Topics.COHORT)
    void on(ConsumerRecord<String, String> record) {
        projection.receive(record.value());
    }

    @KafkaListener(id = "survey-cohorts", idIsGroup = false, groupId = "${spring.application.name}-cohorts", topics = Topics.COHORT)
    void onCohort(ConsumerRecord<String, String> record) {
        cohorts.receive(record.value());
    }
}
