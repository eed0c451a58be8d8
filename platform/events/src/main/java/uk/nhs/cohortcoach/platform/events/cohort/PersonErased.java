package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme manager erased a person (UK GDPR right to erasure). cohort-service has replaced their
 * name and email and keeps only the id, so counts over history still add up; every service that holds
 * something about the person removes or pseudonymises it on receiving this. Carries no personal data.
 *
 * @param personId the person's id, which stays as a pseudonym
 */
public record PersonErased(UUID eventId, Instant occurredAt, String personId) implements CohortEvent {

    @Override
    public String aggregateId() {
        return personId;
    }
}
