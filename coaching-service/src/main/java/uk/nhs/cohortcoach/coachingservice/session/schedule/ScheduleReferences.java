package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import uk.nhs.cohortcoach.coachingservice.readmodel.CohortView;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.readmodel.PersonView;
import uk.nhs.cohortcoach.coachingservice.readmodel.ReadModel;

/**
 * What a new session (or series) names, as the read model holds it at one moment: the collaborative,
 * its cohort, whether the coach is a known coach, and which invitees are current members of the
 * collaborative's team.
 */
record ScheduleReferences(Optional<CollaborativeView> collaborative, Optional<CohortView> cohort, boolean coachKnown,
        Set<String> inviteesInTeam) {

    static ScheduleReferences lookUp(ReadModel readModel, SessionDetails details) {
        Optional<CollaborativeView> collaborative = readModel.collaborative(details.collaborativeId());
        Optional<CohortView> cohort = collaborative.flatMap(c -> readModel.cohort(c.cohortId()));
        boolean coachKnown = readModel.person(details.coachId()).map(PersonView::isCoach).orElse(false);
        Set<String> inTeam = new HashSet<>();
        for (String invitee : details.inviteeIds()) {
            if (!blank(invitee) && readModel.person(invitee)
                    .map(p -> p.currentCollaborativeIds().contains(details.collaborativeId())).orElse(false)) {
                inTeam.add(invitee);
            }
        }
        return new ScheduleReferences(collaborative, cohort, coachKnown, Set.copyOf(inTeam));
    }

    /**
     * Whether everything named is known, so there is nothing to wait for. A blank invitee never
     * will be: it is refused at once.
     */
    boolean complete(SessionDetails details) {
        return collaborative.isPresent() && cohort.isPresent() && coachKnown
                && details.inviteeIds().stream().allMatch(id -> blank(id) || inviteesInTeam.contains(id));
    }

    static boolean blank(String id) {
        return id == null || id.isBlank();
    }
}
