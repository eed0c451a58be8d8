package uk.nhs.cohortcoach.surveyservice.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.platform.events.Topics;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/** Pseudonymises a person's invitations on PersonErased, once per event id (inbox consumer {@code survey.privacy}). */
@Component
class PersonErasedListener {

    static final String CONSUMER = "survey.privacy";

    private final EventInbox inbox;
    private final SurveyErasure erasure;

    PersonErasedListener(EventInbox inbox, SurveyErasure erasure) {
        this.inbox = inbox;
        this.erasure = erasure;
    }

    @KafkaListener(id = "survey-privacy", idIsGroup = false, groupId = "${spring.application.name}-privacy", topics = Topics.COHORT)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record.value(), (event, envelope) -> {
            if (event instanceof PersonErased erased) {
                erasure.erase(erased.personId());
            }
        });
    }
}
