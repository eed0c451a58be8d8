package uk.nhs.cohortcoach.cohortservice.person;

import java.util.Set;
import uk.nhs.cohortcoach.platform.events.Role;

/** What a programme manager (or a participants import) sets on a person. */
public record PersonDetails(String name, String email, String jobTitle, String organisationOdsCode, Set<Role> roles) {

    public PersonDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
