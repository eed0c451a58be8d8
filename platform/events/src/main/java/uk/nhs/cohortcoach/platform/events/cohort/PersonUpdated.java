package uk.nhs.cohortcoach.platform.events.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's details or roles changed; carries the whole new state. */
public record PersonUpdated(
        UUID eventId,
        Instant occurredAt,
        String personId,
        String name,
        String email,
        String jobTitle,
        String organisationOdsCode,
        List<String> roles) implements CohortEvent {

    public PersonUpdated {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    @Override
    public String aggregateId() {
        return personId;
    }
}
