package uk.nhs.cohortcoach.cohortservice.removal.web;

import java.util.Optional;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.cohortservice.removal.Refusal;

/**
 * Whether a cohort or collaborative can be deleted now and, if not, why ({@code detail}, as a 409 would
 * say it), with what depends on it counted.
 */
public record DependentsResponse(boolean deletable, String detail, long collaboratives, long teamMembers, long sessions,
        long waves) {

    public static DependentsResponse of(Dependents dependents, Optional<Refusal> refusal) {
        return new DependentsResponse(refusal.isEmpty(), refusal.map(Refusal::detail).orElse(null), dependents.collaboratives(),
                dependents.teamMembers(), dependents.sessions(), dependents.waves());
    }
}
