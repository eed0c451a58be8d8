package uk.nhs.cohortcoach.gateway.signin;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.cohortcoach.gateway.token.SignedInPerson;
import uk.nhs.cohortcoach.platform.events.Role;

/**
 * Turns the claims an OIDC provider vouches for into a platform person: the person id from a
 * configured claim ({@code sub} by default), roles from a configured claim whose values name platform
 * roles (for Entra ID: app roles called {@code PROGRAMME_MANAGER}, {@code COACH}, {@code PARTICIPANT}).
 * Someone with no platform role is not signed in.
 */
final class OidcPersonMapper {

    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    private final SignInProperties.Oidc config;

    OidcPersonMapper(SignInProperties.Oidc config) {
        this.config = config;
    }

    Optional<SignedInPerson> toPerson(Map<String, Object> claims) {
        Object personId = claims.get(config.personIdClaim());
        List<Role> roles = roles(claims.get(config.rolesClaim()));
        if (!(personId instanceof String id) || id.isBlank() || roles.isEmpty()) {
            return Optional.empty();
        }
        String username = firstText(claims, "preferred_username", "email", config.personIdClaim());
        String name = firstText(claims, "name", "preferred_username", config.personIdClaim());
        return Optional.of(new SignedInPerson(id, username, name, roles));
    }

    private static List<Role> roles(Object claim) {
        Collection<?> values = claim instanceof Collection<?> collection ? collection
                : claim instanceof String single ? List.of(single.split("[\\s,]+")) : List.of();
        return values.stream().map(String::valueOf).filter(ROLE_NAMES::contains).distinct().map(Role::valueOf).toList();
    }

    private static String firstText(Map<String, Object> claims, String... names) {
        for (String name : names) {
            if (claims.get(name) instanceof String value && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
