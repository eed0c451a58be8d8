package uk.nhs.cohortcoach.notificationservice.survey;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;

/**
 * What the dispatcher needs to know of a survey email's wave at the moment it sends it. Kafka orders
 * events within one wave's key only as the producer wrote them, and survey-service's outbox may publish
 * an invitation before its wave: an email whose wave has not been read yet waits for it instead of going
 * out with a generic label.
 */
@Component
public class SurveyWaves {

    /** Why a survey email is waiting (also what WaveOpened looks for to release it). */
    public static final String WAITING = "waiting for the survey wave's details";

    private final MongoTemplate mongo;

    SurveyWaves(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The label to send a survey email with: the one stored when it was made, else its wave's, if the wave
     * is known by now; empty while it is not. Any other email needs none and answers the empty string.
     */
    public Optional<String> labelFor(Message message) {
        if (message.purpose() != Purpose.SURVEY_INVITATION && message.purpose() != Purpose.SURVEY_REMINDER) {
            return Optional.of("");
        }
        String stored = message.personalisation().get("wave_label");
        if (stored != null && !stored.isBlank()) {
            return Optional.of(stored);
        }
        return Optional.ofNullable(message.invitationId())
                .map(id -> mongo.findById(id, InvitationView.class))
                .map(InvitationView::waveId)
                .map(waveId -> mongo.findById(waveId, WaveView.class))
                .map(SurveyMessages::label);
    }

    /**
     * Which link of the invitation to put in its email now: the generation InvitationLinkReissued last moved it to, 0
     * (the first link) for an invitation never sent again or not known.
     */
    public int linkGenerationOf(String invitationId) {
        InvitationView invitation = mongo.findById(invitationId, InvitationView.class);
        return invitation == null ? 0 : invitation.linkGeneration();
    }
}
