package uk.nhs.cohortcoach.cohortservice.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.nhs.cohortcoach.cohortservice.removal.Dependents;
import uk.nhs.cohortcoach.platform.events.cohort.CohortDeleted;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/**
 * Every move of a cohort's life cycle from every status: planned → active → closed only forward (a closed
 * cohort takes no change at all), and deleted while not closed and nothing depends on it.
 */
class CohortLifeCycleTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate END = LocalDate.of(2026, 9, 30);

    @ParameterizedTest(name = "{0} → {1}")
    @EnumSource(CohortStatus.class)
    void changesItsStatusOnlyForwardAndNotAtAllOnceClosed(CohortStatus from) {
        for (CohortStatus to : CohortStatus.values()) {
            Cohort cohort = in(from);
            CohortDetails details = new CohortDetails("Phase 2", 2, null, START, END, to);
            if (from == CohortStatus.CLOSED) {
                assertThatThrownBy(() -> cohort.update(details, 3)).as("%s → %s", from, to).isInstanceOf(ConflictException.class);
            } else if (to.ordinal() < from.ordinal()) {
                assertThatThrownBy(() -> cohort.update(details, 3)).as("%s → %s", from, to)
                        .hasMessageContaining("invalid fields: [status]");
            } else {
                assertThat(cohort.update(details, 3).status()).as("%s → %s", from, to).isEqualTo(to);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CohortStatus.class, names = {"PLANNED", "ACTIVE"})
    void isDeletedWhenNothingDependsOnIt(CohortStatus status) {
        Cohort.Deleted deleted = in(status).delete(Dependents.none(), NOW);

        assertThat(deleted.event()).isEqualTo(new CohortDeleted(deleted.event().eventId(), NOW, "c1", "Phase 2"));
        assertThat(deleted.tombstone().id()).isEqualTo("c1");
        assertThat(deleted.tombstone().kind()).isEqualTo("cohort");
        assertThat(deleted.tombstone().deletedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = CohortStatus.class, names = {"PLANNED", "ACTIVE"})
    void isNotDeletedWhileAnythingDependsOnItAndSaysWhat(CohortStatus status) {
        Cohort cohort = in(status);

        assertThatThrownBy(() -> cohort.delete(new Dependents(2, 0, 4, 1), NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("Cohort Phase 2 cannot be deleted because it has 2 collaboratives, 1 survey wave, 4 coaching sessions.")
                .satisfies(e -> assertThat(((ConflictException) e).reason()).isEqualTo("has-dependents"));
        assertThatThrownBy(() -> cohort.delete(new Dependents(0, 0, 1, 0), NOW))
                .hasMessage("Cohort Phase 2 cannot be deleted because it has 1 coaching session.");
        assertThatThrownBy(() -> cohort.delete(new Dependents(1, 0, 0, 2), NOW))
                .hasMessage("Cohort Phase 2 cannot be deleted because it has 1 collaborative, 2 survey waves.");
    }

    @org.junit.jupiter.api.Test
    void aClosedCohortIsHistoryAndIsNotDeleted() {
        assertThatThrownBy(() -> in(CohortStatus.CLOSED).delete(Dependents.none(), NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("closed")
                .satisfies(e -> assertThat(((ConflictException) e).reason()).isEqualTo("closed"));
    }

    @org.junit.jupiter.api.Test
    void saysWhyItCannotBeDeletedWithoutTryingAndNothingWhenItCan() {
        assertThat(in(CohortStatus.ACTIVE).deletionRefusal(Dependents.none())).isEmpty();
        assertThat(in(CohortStatus.ACTIVE).deletionRefusal(new Dependents(1, 0, 0, 0)).orElseThrow().detail())
                .isEqualTo("Cohort Phase 2 cannot be deleted because it has 1 collaborative.");
    }

    private static Cohort in(CohortStatus status) {
        return new Cohort("c1", "Phase 2", 2, null, START, END, status, 3L);
    }
}
