package uk.nhs.cohortcoach.coachingservice.readmodel;

import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person as coaching needs them: name and email for invitations, roles (is this a coach?), and the
 * collaboratives whose team they are currently in (who may be invited).
 */
@Document("rm_people")
public record PersonView(@Id String id, String name, String email, Set<String> roles, List<String> currentCollaborativeIds) {

    public PersonView {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        currentCollaborativeIds = currentCollaborativeIds == null ? List.of() : List.copyOf(currentCollaborativeIds);
    }

    public boolean isCoach() {
        return roles.contains("COACH");
    }
}
