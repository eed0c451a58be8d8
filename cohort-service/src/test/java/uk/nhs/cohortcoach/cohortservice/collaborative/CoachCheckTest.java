package uk.nhs.cohortcoach.cohortservice.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonDetails;
import uk.nhs.cohortcoach.platform.events.Role;

class CoachCheckTest {

    private static final Person COACH = person("coach", Role.COACH);
    private static final Person MANAGER = person("manager", Role.PROGRAMME_MANAGER);

    @Test
    void existingCoachesPass() {
        assertThat(CollaborativeChecks.coachErrors(List.of("coach"), Map.of("coach", COACH))).isEmpty();
        assertThat(CollaborativeChecks.coachErrors(List.of(), Map.of())).isEmpty();
    }

    @Test
    void namesEachUnknownNonCoachOrRepeatedIdByItsPosition() {
        Map<String, String> errors = CollaborativeChecks.coachErrors(List.of("coach", "ghost", "manager", "coach"),
                Map.of("coach", COACH, "manager", MANAGER));

        assertThat(errors).containsOnlyKeys("coachIds[1]", "coachIds[2]", "coachIds[3]");
        assertThat(errors.get("coachIds[1]")).isEqualTo("Select a coach from the list");
        assertThat(errors.get("coachIds[2]")).isEqualTo(MANAGER.name() + " is not a coach. Select a coach from the list");
        assertThat(errors.get("coachIds[3]")).isEqualTo("This coach is already listed");
    }

    private static Person person(String id, Role role) {
        return Person.register(id, new PersonDetails("Name " + id, id + "@example.nhs.uk", null, null, Set.of(role)));
    }
}
