package uk.nhs.cohortcoach.cohortservice.person;

import java.time.LocalDate;

/** A spell in a collaborative's team; current while {@code leftOn} is empty. History is never deleted. */
public record Membership(String collaborativeId, String cohortId, LeadershipRole role, LocalDate joinedOn, LocalDate leftOn) {

    public boolean current() {
        return leftOn == null;
    }
}
