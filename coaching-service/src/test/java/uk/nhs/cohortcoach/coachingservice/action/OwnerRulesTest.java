package uk.nhs.cohortcoach.coachingservice.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerRulesTest {

    private static final Set<String> TEAM = Set.of("p-1", "coach-1");

    @Test
    void someoneInTheTeamOrAnOutsiderWithNameAndEmailMayOwnAnAction() {
        assertThat(OwnerRules.problems("p-1", null, null, TEAM)).isEmpty();
        assertThat(OwnerRules.problems("coach-1", null, null, TEAM)).isEmpty();
        assertThat(OwnerRules.problems(null, "Jo Bloggs", "jo@example.org", TEAM)).isEmpty();
    }

    @Test
    void someoneOutsideTheTeamByIdIsRefusedNamingOwnerId() {
        assertThat(OwnerRules.problems("p-9", null, null, TEAM)).containsOnlyKeys("ownerId");
    }

    @Test
    void anOutsiderWithoutEmailIsRefusedNamingOwnerEmail() {
        assertThat(OwnerRules.problems(null, "Jo Bloggs", null, TEAM)).containsOnlyKeys("ownerEmail");
        assertThat(OwnerRules.problems(null, "Jo Bloggs", " ", TEAM)).containsOnlyKeys("ownerEmail");
    }

    @Test
    void bothOrNeitherAreRefused() {
        assertThat(OwnerRules.problems("p-1", "Jo Bloggs", "jo@example.org", TEAM)).containsOnlyKeys("ownerName");
        assertThat(OwnerRules.problems("p-1", null, "jo@example.org", TEAM)).containsOnlyKeys("ownerEmail");
        assertThat(OwnerRules.problems(null, null, null, TEAM)).containsOnlyKeys("ownerId");
        assertThat(OwnerRules.problems(null, null, "jo@example.org", TEAM)).containsOnlyKeys("ownerId");
    }
}
