package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person joined a collaborative's team, in a board or leadership role. */
public record ParticipantJoined(
        UUID eventId,
        Instant occurredAt,
        String personId,
        String collaborativeId,
        String cohortId,
        String leadershipRole,
        LocalDate joinedOn) implements CohortEvent {

    @Override
    public String aggregateId() {
        return personId;
    }
}
