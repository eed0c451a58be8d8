package uk.nhs.cohortcoach.cohortservice.access;

import uk.nhs.cohortcoach.platform.support.security.Viewer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * What one viewer may read. Programme managers read everything; coaches read the collaboratives
 * they coach, those collaboratives' cohorts and their teams; participants read only the
 * collaboratives they are currently in (and their own record). Someone holding several roles gets
 * the union. Something a viewer may not read answers as if it did not exist (404), so its
 * existence is not revealed.
 */
public record Visibility(boolean everything, Set<String> collaboratives, Set<String> cohorts) {

    public Visibility {
        collaboratives = Set.copyOf(collaboratives);
        cohorts = Set.copyOf(cohorts);
    }

    /**
     * @param coached             collaborative id → cohort id of each collaborative the viewer coaches
     * @param memberOf            collaboratives the viewer is currently a participant of
     */
    public static Visibility of(Viewer viewer, java.util.Map<String, String> coached, Collection<String> memberOf) {
        if (viewer.is(Role.PROGRAMME_MANAGER)) {
            return new Visibility(true, Set.of(), Set.of());
        }
        Set<String> collaboratives = new HashSet<>();
        Set<String> cohorts = new HashSet<>();
        if (viewer.is(Role.COACH)) {
            collaboratives.addAll(coached.keySet());
            cohorts.addAll(coached.values());
        }
        if (viewer.is(Role.PARTICIPANT)) {
            collaboratives.addAll(memberOf);
        }
        return new Visibility(false, collaboratives, cohorts);
    }

    public boolean canSeeCohort(String cohortId) {
        return everything || cohorts.contains(cohortId);
    }

    public boolean canSeeCollaborative(String collaborativeId) {
        return everything || collaboratives.contains(collaborativeId);
    }

    public void requireCohort(String cohortId) {
        if (!canSeeCohort(cohortId)) {
            throw new NotFoundException("cohort", cohortId);
        }
    }

    public void requireCollaborative(String collaborativeId) {
        if (!canSeeCollaborative(collaborativeId)) {
            throw new NotFoundException("collaborative", collaborativeId);
        }
    }
}
