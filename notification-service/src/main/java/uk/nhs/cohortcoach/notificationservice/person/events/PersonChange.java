package uk.nhs.cohortcoach.notificationservice.person.events;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.data.mongodb.core.query.Update;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;

/**
 * What one cohort event does to a person document: an idempotent upsert. Details ({@code $set} of
 * name, email, roles) and team membership ({@code $addToSet}/{@code $pull}) are separate fields, so
 * whichever arrives first, the other survives. Leaving also records the team in
 * {@code leftCollaborativeIds} (rejoining removes it), so an invitation that arrives after its
 * person left can be recognised.
 */
record PersonChange(String personId, Update update) {

    static final String CURRENT = "currentCollaborativeIds";
    static final String LEFT = "leftCollaborativeIds";

    static Optional<PersonChange> of(CohortEvent event) {
        if (event instanceof PersonRegistered e) {
            return Optional.of(details(e.personId(), e.name(), e.email(), e.roles()));
        }
        if (event instanceof PersonUpdated e) {
            return Optional.of(details(e.personId(), e.name(), e.email(), e.roles()));
        }
        if (event instanceof ParticipantJoined e) {
            return Optional.of(new PersonChange(e.personId(),
                    new Update().addToSet(CURRENT, e.collaborativeId()).pull(LEFT, e.collaborativeId())));
        }
        if (event instanceof ParticipantLeft e) {
            return Optional.of(new PersonChange(e.personId(),
                    new Update().pull(CURRENT, e.collaborativeId()).addToSet(LEFT, e.collaborativeId())));
        }
        return Optional.empty();
    }

    private static PersonChange details(String personId, String name, String email, List<String> roles) {
        return new PersonChange(personId, new Update().set("name", name).set("email", email)
                .set("roles", List.copyOf(new TreeSet<>(roles))));
    }
}
