package uk.nhs.cohortcoach.cohortservice.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

class PersonEraseTest {

    private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    private static Person ada() {
        return Person.register("p-1", new PersonDetails("Ada Lovelace", "Ada@Example.org", "Chief Executive", "RHQ",
                Set.of(Role.PARTICIPANT)))
                .join("team-a", "cohort-1", LeadershipRole.CHIEF_EXECUTIVE, LocalDate.of(2026, 1, 5))
                .join("team-b", "cohort-1", LeadershipRole.OTHER, LocalDate.of(2026, 2, 1))
                .leave("team-b", LocalDate.of(2026, 3, 1));
    }

    @Test
    void replacesNameAndEmailKeepsTheIdAndSpellsAndEndsCurrentOnes() {
        Person.Erasure erasure = ada().erase(NOW, TODAY);

        Person erased = erasure.person();
        assertThat(erased.id()).isEqualTo("p-1");
        assertThat(erased.name()).isEqualTo(Person.ERASED_NAME);
        assertThat(erased.email()).isEqualTo("erased-p-1@erased.invalid").doesNotContainIgnoringCase("ada");
        assertThat(erased.emailKey()).isEqualTo("erased-p-1@erased.invalid");
        assertThat(erased.jobTitle()).isNull();
        assertThat(erased.organisationOdsCode()).isNull();
        assertThat(erased.erasedAt()).isEqualTo(NOW);
        assertThat(erased.erased()).isTrue();
        assertThat(erased.memberships()).hasSize(2).allSatisfy(m -> assertThat(m.current()).isFalse());
        assertThat(erased.memberships().get(0).leftOn()).isEqualTo(TODAY);
        assertThat(erased.memberships().get(1).leftOn()).as("a past spell is untouched").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(erased.roles()).containsExactly(Role.PARTICIPANT);
    }

    @Test
    void announcesTheEndedSpellThenTheErasureWithNoPersonalData() {
        Person.Erasure erasure = ada().erase(NOW, TODAY);

        assertThat(erasure.events()).hasSize(2);
        assertThat(erasure.events().get(0)).isInstanceOfSatisfying(ParticipantLeft.class, left -> {
            assertThat(left.collaborativeId()).isEqualTo("team-a");
            assertThat(left.leftOn()).isEqualTo(TODAY);
        });
        assertThat(erasure.events().get(1)).isInstanceOfSatisfying(PersonErased.class, e -> {
            assertThat(e.personId()).isEqualTo("p-1");
            assertThat(e.occurredAt()).isEqualTo(NOW);
            assertThat(e.eventId()).isNotNull();
        });
    }

    @Test
    void erasingAgainChangesNothingAndSaysNothing() {
        Person erased = ada().erase(NOW, TODAY).person();

        Person.Erasure again = erased.erase(NOW.plusSeconds(60), TODAY.plusDays(1));

        assertThat(again.person()).isEqualTo(erased);
        assertThat(again.events()).isEmpty();
    }

    @Test
    void anErasedPersonCanNeitherBeChangedNorJoinATeam() {
        Person erased = ada().erase(NOW, TODAY).person();

        assertThatThrownBy(() -> erased.withDetails(new PersonDetails("Ada", "ada@example.org", null, null,
                Set.of(Role.PARTICIPANT)), 0)).isInstanceOf(ConflictException.class).hasMessageContaining("erased");
        assertThatThrownBy(() -> erased.join("team-c", "cohort-1", LeadershipRole.OTHER, TODAY))
                .isInstanceOf(ConflictException.class);
    }
}
