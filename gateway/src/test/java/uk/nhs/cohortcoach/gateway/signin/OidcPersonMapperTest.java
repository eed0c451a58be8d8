package uk.nhs.cohortcoach.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.gateway.token.SignedInPerson;
import uk.nhs.cohortcoach.platform.events.Role;

class OidcPersonMapperTest {

    private final OidcPersonMapper entra = new OidcPersonMapper(new SignInProperties.Oidc("oid", "roles", "/", "Sign in with Entra ID"));

    @Test
    void takesThePersonIdAndPlatformRolesFromTheConfiguredClaims() {
        SignedInPerson person = entra.toPerson(Map.of(
                "oid", "0c5e2f4a-1111-4222-8333-944455566677",
                "sub", "pairwise-subject",
                "roles", List.of("COACH", "Some.Other.AppRole"),
                "name", "Dr Jo Smith",
                "preferred_username", "jo.smith@nhs.net")).orElseThrow();

        assertThat(person).isEqualTo(new SignedInPerson("0c5e2f4a-1111-4222-8333-944455566677", "jo.smith@nhs.net",
                "Dr Jo Smith", List.of(Role.COACH)));
    }

    @Test
    void signsNobodyInWithoutAPlatformRoleOrAPersonId() {
        assertThat(entra.toPerson(Map.of("oid", "x", "roles", List.of("Reader")))).isEmpty();
        assertThat(entra.toPerson(Map.of("oid", "x"))).isEmpty();
        assertThat(entra.toPerson(Map.of("roles", List.of("COACH")))).isEmpty();
    }

    @Test
    void acceptsRolesGivenAsOneSpaceSeparatedString() {
        OidcPersonMapper mapper = new OidcPersonMapper(new SignInProperties.Oidc("sub", "groups", "/", "Sign in"));

        assertThat(mapper.toPerson(Map.of("sub", "p1", "groups", "PARTICIPANT PROGRAMME_MANAGER")).orElseThrow().roles())
                .containsExactly(Role.PARTICIPANT, Role.PROGRAMME_MANAGER);
    }
}
