package uk.nhs.cohortcoach.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void namesTheThreeRolesOfTheDesignAndTheirAuthorities() {
        assertThat(Role.values()).extracting(Role::name)
                .containsExactly("PROGRAMME_MANAGER", "COACH", "PARTICIPANT");
        assertThat(Role.COACH.authority()).isEqualTo("ROLE_COACH");
        assertThat(Role.CLAIM).isEqualTo("roles");
    }
}
