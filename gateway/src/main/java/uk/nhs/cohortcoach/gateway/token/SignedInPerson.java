package uk.nhs.cohortcoach.gateway.token;

import java.util.List;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * Someone who has just proved who they are, by a demo account or an OIDC provider.
 *
 * @param personId the stable person id (the token's {@code sub})
 * @param username what they signed in with ({@code preferred_username})
 * @param name     display name
 * @param roles    platform roles
 */
public record SignedInPerson(String personId, String username, String name, List<Role> roles) {

    public SignedInPerson {
        roles = List.copyOf(roles);
    }
}
