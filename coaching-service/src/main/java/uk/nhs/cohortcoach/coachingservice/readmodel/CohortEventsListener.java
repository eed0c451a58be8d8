package uk.nhs.cohortcoach.coachingservice.readmodel;

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

    @KafkaListener(id = "coaching-read-model", idIsGroup = false, topics = Topics.COHORT)
    void on(ConsumerRecord<String, String> record) {
        projection.receive(record.value());
    }
}
