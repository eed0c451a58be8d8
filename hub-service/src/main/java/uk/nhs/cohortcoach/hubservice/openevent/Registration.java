package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.Instant;

/**
 * One registration, kept inside its open event's document. {@code joined} is the event's running number of
 * registrations: the waiting list is promoted in that order. The links are kept only as hashes; {@code feedbackGiven}
 * is the only trace of feedback here (what was said is stored apart, with nothing naming the registration).
 */
public record Registration(String id, String name, String email, String emailKey, String odsCode, String jobRole,
        RegistrationStatus status, long joined, Instant registeredAt, boolean attended, String cancelLinkHash,
        String feedbackLinkHash, boolean feedbackGiven) {

    Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(id, name, email, emailKey, odsCode, jobRole, newStatus, joined, registeredAt, attended,
                cancelLinkHash, feedbackLinkHash, feedbackGiven);
    }

    Registration withAttended(boolean newAttended) {
        return new Registration(id, name, email, emailKey, odsCode, jobRole, status, joined, registeredAt, newAttended,
                cancelLinkHash, feedbackLinkHash, feedbackGiven);
    }

    Registration withFeedbackGiven() {
        return new Registration(id, name, email, emailKey, odsCode, jobRole, status, joined, registeredAt, attended,
                cancelLinkHash, feedbackLinkHash, true);
    }

    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }
}
