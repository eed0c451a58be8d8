package uk.nhs.cohortcoach.notificationservice.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/** Erases what notification-service holds about a person on PersonErased, once per event id (consumer {@code notification.privacy}). */
@Component
class PersonErasedListener {

    static final String CONSUMER = "notification.privacy";

    private final EventInbox inbox;
    private final NotificationErasure erasure;

    PersonErasedListener(EventInbox inbox, NotificationErasure erasure) {
        this.inbox = inbox;
        this.erasure = erasure;
    }

    @KafkaListener(id = "notification-privacy", idIsGroup = false, groupId = "${spring.application.name}-privacy",
            topics = Topics.COHORT)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record.value(), (event, envelope) -> {
            if (event instanceof PersonErased erased) {
                erasure.erase(erased.personId());
            }
        });
    }
}
