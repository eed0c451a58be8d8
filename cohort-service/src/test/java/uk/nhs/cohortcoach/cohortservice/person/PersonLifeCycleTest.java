package uk.nhs.cohortcoach.cohortservice.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonArchived;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRestored;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.DuplicateException;

/**
 * Every move of a person's life cycle from each state: active (change, join, leave, archive, erase),
 * archived (change, restore, erase; archive again changes nothing; join refused) and erased (erase again
 * changes nothing; everything else refused).
 */
class PersonLifeCycleTest {

    private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final PersonDetails ADA = new PersonDetails("Ada Lovelace", "ada@example.org", "Chief Executive", "RHQ",
            Set.of(Role.PARTICIPANT));

    private static Person active() {
        return Person.register("p-1", ADA)
                .join("team-a", "cohort-1", LeadershipRole.CHIEF_EXECUTIVE, LocalDate.of(2026, 1, 5))
                .join("team-b", "cohort-1", LeadershipRole.OTHER, LocalDate.of(2026, 2, 1))
                .leave("team-b", LocalDate.of(2026, 3, 1));
    }

    private static Person archived() {
        return active().archive(NOW, TODAY).person();
    }

    private static Person erased() {
        return active().erase(NOW, TODAY).person();
    }

    // ---- active

    @Test
    void anActivePersonChangesJoinsAndLeaves() {
        assertThat(active().withDetails(ADA, 0).name()).isEqualTo("Ada Lovelace");
        assertThat(active().join("team-c", "cohort-1", LeadershipRole.CHAIR, TODAY).currentMembership("team-c")).isNotNull();
        assertThat(active().leave("team-a", TODAY).currentMemberships()).isEmpty();
    }

    @Test
    void joiningATeamTheyAreInIsADuplicateNamingTheField() {
        assertThatThrownBy(() -> active().join("team-a", "cohort-1", LeadershipRole.CHAIR, TODAY))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.field()).isEqualTo("personId");
                    assertThat(e.conflictsWith()).isEqualTo("p-1");
                    assertThat(e.getMessage()).isEqualTo("Ada Lovelace is already in this collaborative's team (since 2026-01-05).");
                });
    }

    @Test
    void archivingEndsEveryCurrentSpellThenSaysArchivedAndKeepsTheHistory() {
        Person.Change change = active().archive(NOW, TODAY);

        Person archived = change.person();
        assertThat(archived.archived()).isTrue();
        assertThat(archived.archivedAt()).isEqualTo(NOW);
        assertThat(archived.currentMemberships()).isEmpty();
        assertThat(archived.memberships()).hasSize(2);
        assertThat(archived.memberships().get(0).leftOn()).isEqualTo(TODAY);
        assertThat(archived.memberships().get(1).leftOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(archived.name()).isEqualTo("Ada Lovelace");
        assertThat(archived.email()).isEqualTo("ada@example.org");
        List<CohortEvent> events = change.events();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(ParticipantLeft.class, left -> {
            assertThat(left.collaborativeId()).isEqualTo("team-a");
            assertThat(left.leftOn()).isEqualTo(TODAY);
        });
        assertThat(events.get(1)).isEqualTo(new PersonArchived(events.get(1).eventId(), NOW, "p-1"));
    }

    @Test
    void anActivePersonIsNotRestored() {
        assertThatThrownBy(() -> active().restore(NOW)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo("not-archived"));
    }

    // ---- archived

    @Test
    void archivingAgainChangesNothingAndSaysNothing() {
        Person archived = archived();

        Person.Change again = archived.archive(NOW.plusSeconds(60), TODAY);

        assertThat(again.person()).isEqualTo(archived);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void anArchivedPersonJoinsNoTeamUntilRestored() {
        assertThatThrownBy(() -> archived().join("team-c", "cohort-1", LeadershipRole.CHAIR, TODAY))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("archived"));
    }

    @Test
    void restoringBringsThemBackInNoTeam() {
        Person.Change change = archived().restore(NOW);

        assertThat(change.person().archived()).isFalse();
        assertThat(change.person().currentMemberships()).isEmpty();
        assertThat(change.events()).singleElement().isEqualTo(new PersonRestored(change.events().get(0).eventId(), NOW, "p-1"));
        assertThat(change.person().join("team-a", "cohort-1", LeadershipRole.CHAIR, TODAY).currentMembership("team-a")).isNotNull();
    }

    @Test
    void anArchivedPersonsDetailsMayStillBeCorrectedAndTheyMayBeErased() {
        assertThat(archived().withDetails(ADA, 0).archived()).isTrue();
        assertThat(archived().erase(NOW, TODAY).person().erased()).isTrue();
    }

    // ---- erased

    @Test
    void anErasedPersonIsNeitherArchivedNorRestoredNorChanged() {
        assertThatThrownBy(() -> erased().archive(NOW, TODAY)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> erased().restore(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> erased().withDetails(ADA, 0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> erased().join("team-c", "cohort-1", LeadershipRole.CHAIR, TODAY)).isInstanceOf(ConflictException.class);
        assertThat(erased().erase(NOW, TODAY).events()).isEmpty();
    }
}
