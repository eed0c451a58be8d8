package uk.nhs.cohortcoach.coachingservice.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/**
 * Erases a person's traces on PersonErased, once per event id (inbox consumer {@code coaching.privacy}),
 * in a consumer group of its own so it reads the whole cohort topic beside the read model.
 */
@Component
class PersonErasedListener {

    static final String CONSUMER = "coaching.privacy";

    private final EventInbox inbox;
    private final CoachingErasure erasure;

    PersonErasedListener(EventInbox inbox, CoachingErasure erasure) {
        this.inbox = inbox;
        this.erasure = erasure;
    }

    @KafkaListener(id = "coaching-privacy", idIsGroup = false, groupId = "${spring.application.name}-privacy", topics = Topics.COHORT)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record.value(), (event, envelope) -> {
            if (event instanceof PersonErased erased) {
                erasure.erase(erased.personId());
            }
        });
    }
}
