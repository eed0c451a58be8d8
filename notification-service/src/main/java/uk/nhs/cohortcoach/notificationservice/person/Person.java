package uk.nhs.cohortcoach.notificationservice.person;

import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person as cohort-service last described them: where to write to and what to call them, their
 * roles, and the collaboratives whose team they are currently in.
 */
@Document("people")
public record Person(@Id String id, String name, String email, Set<String> roles, List<String> currentCollaborativeIds) {

    public Person {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        currentCollaborativeIds = currentCollaborativeIds == null ? List.of() : List.copyOf(currentCollaborativeIds);
    }
}
