package uk.nhs.cohortcoach.coachingservice.readmodel;

import java.util.Optional;
import org.springframework.data.mongodb.core.query.Update;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;

/**
 * What one cohort event does to the read model: an upsert of one view document. Every update is
 * idempotent (a {@code $set} of the whole new state, or an {@code $addToSet}/{@code $pull} of one id),
 * so applying an event twice has the effect of applying it once. Person details and team membership
 * are separate fields, so a PersonUpdated keeps the person's current collaboratives.
 *
 * @param view   the view's document class (its collection)
 * @param id     the view document's id
 * @param update the upsert to run
 */
public record ViewUpdate(Class<?> view, String id, Update update) {

    static final String CURRENT_COLLABORATIVE_IDS = "currentCollaborativeIds";

    /** The update for an event, or empty for a cohort event the read model does not need. */
    public static Optional<ViewUpdate> of(CohortEvent event) {
        if (event instanceof CohortCreated e) {
            return Optional.of(cohort(e.cohortId(), e.name(), e.startDate(), e.endDate(), e.status()));
        }
        if (event instanceof CohortUpdated e) {
            return Optional.of(cohort(e.cohortId(), e.name(), e.startDate(), e.endDate(), e.status()));
        }
        if (event instanceof CollaborativeEnrolled e) {
            return Optional.of(collaborative(e.collaborativeId(), e.cohortId(), e.name(), e.coachIds(), e.plannedCoachingHours()));
        }
        if (event instanceof CollaborativeUpdated e) {
            return Optional.of(collaborative(e.collaborativeId(), e.cohortId(), e.name(), e.coachIds(), e.plannedCoachingHours()));
        }
        if (event instanceof PersonRegistered e) {
            return Optional.of(person(e.personId(), e.name(), e.email(), e.roles()));
        }
        if (event instanceof PersonUpdated e) {
            return Optional.of(person(e.personId(), e.name(), e.email(), e.roles()));
        }
        if (event instanceof ParticipantJoined e) {
            return Optional.of(new ViewUpdate(PersonView.class, e.personId(),
                    new Update().addToSet(CURRENT_COLLABORATIVE_IDS, e.collaborativeId())));
        }
        if (event instanceof ParticipantLeft e) {
            return Optional.of(new ViewUpdate(PersonView.class, e.personId(),
                    new Update().pull(CURRENT_COLLABORATIVE_IDS, e.collaborativeId())));
        }
        return Optional.empty();
    }

    private static ViewUpdate cohort(String id, String name, java.time.LocalDate startDate, java.time.LocalDate endDate,
            String status) {
        return new ViewUpdate(CohortView.class, id, new Update().set("name", name).set("startDate", startDate)
                .set("endDate", endDate).set("status", status));
    }

    private static ViewUpdate collaborative(String id, String cohortId, String name, java.util.List<String> coachIds,
            int plannedCoachingHours) {
        return new ViewUpdate(CollaborativeView.class, id, new Update().set("cohortId", cohortId).set("name", name)
                .set("coachIds", coachIds).set("plannedCoachingHours", plannedCoachingHours));
    }

    private static ViewUpdate person(String id, String name, String email, java.util.List<String> roles) {
        return new ViewUpdate(PersonView.class, id, new Update().set("name", name).set("email", email)
                .set("roles", java.util.List.copyOf(new java.util.TreeSet<>(roles))));
    }
}
