package uk.nhs.cohortcoach.cohortservice.collaborative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeDeleted;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * A collaborative's life cycle: enrolled (in a cohort that is not closed) → changed any number of times
 * → deleted, while its cohort is not closed and nothing depends on it; in a closed cohort nothing moves.
 */
class CollaborativeLifeCycleTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:05:00Z");

    private static Collaborative enrolled() {
        return Collaborative.of("collab-9", "cohort-2", new CollaborativeDetails("Test collaborative", Sector.ACUTE, null,
                List.of(), null, null, 0, List.of()), 0L);
    }

    @Test
    void isDeletedWhenNothingDependsOnItAndItsCohortIsOpen() {
        Collaborative.Deleted deleted = enrolled().delete(false, Dependents.none(), NOW);

        assertThat(deleted.event()).isEqualTo(new CollaborativeDeleted(deleted.event().eventId(), NOW, "collab-9", "cohort-2",
                "Test collaborative"));
        assertThat(deleted.tombstone().id()).isEqualTo("collab-9");
        assertThat(deleted.tombstone().kind()).isEqualTo("collaborative");
    }

    @Test
    void isNotDeletedWhileSomeoneIsOrWasInItsTeamOrASessionExistsAndSaysWhat() {
        assertThatThrownBy(() -> enrolled().delete(false, new Dependents(0, 3, 2, 0), NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("has-dependents"))
                .hasMessage("Collaborative Test collaborative cannot be deleted because it has 3 people in its team (now or before), "
                        + "2 coaching sessions.");
        assertThatThrownBy(() -> enrolled().delete(false, new Dependents(0, 1, 0, 0), NOW))
                .hasMessage("Collaborative Test collaborative cannot be deleted because it has 1 person in its team (now or before).");
    }

    @Test
    void inAClosedCohortItIsHistoryAndIsNotDeleted() {
        assertThatThrownBy(() -> enrolled().delete(true, Dependents.none(), NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("closed"));
        assertThat(enrolled().deletionRefusal(true, Dependents.none())).isPresent();
        assertThat(enrolled().deletionRefusal(false, Dependents.none())).isEmpty();
    }
}
