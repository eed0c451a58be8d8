package uk.nhs.cohortcoach.coachingservice.action.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Giving an open action to someone else: {@code ownerId} (a current member of the collaborative's team, one of its
 * coaches or the session's coach), or {@code ownerName} and {@code ownerEmail} for a person outside the team, who is
 * sent the action at that address; and the version read.
 */
record ReassignRequest(
        @Size(max = 100) String ownerId,
        @Size(max = 200) String ownerName,
        @Email @Size(max = 254) String ownerEmail,
        @NotNull @Min(0) Long version) {
}
