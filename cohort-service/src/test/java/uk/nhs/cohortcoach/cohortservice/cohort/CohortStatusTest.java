package uk.nhs.cohortcoach.cohortservice.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

class CohortStatusTest {

    private static final CohortDetails PHASE_2 = new CohortDetails("Phase 2", 2, "coaching",
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30), null);

    @Test
    void movesOnlyForward() {
        assertThat(CohortStatus.PLANNED.mayMoveTo(CohortStatus.ACTIVE)).isTrue();
        assertThat(CohortStatus.ACTIVE.mayMoveTo(CohortStatus.CLOSED)).isTrue();
        assertThat(CohortStatus.PLANNED.mayMoveTo(CohortStatus.CLOSED)).isTrue();
        assertThat(CohortStatus.ACTIVE.mayMoveTo(CohortStatus.PLANNED)).isFalse();
        assertThat(CohortStatus.CLOSED.mayMoveTo(CohortStatus.CLOSED)).isFalse();
    }

    @Test
    void startsPlanned() {
        assertThat(Cohort.create("c1", PHASE_2).status()).isEqualTo(CohortStatus.PLANNED);
    }

    @Test
    void refusesAnEndDateNotAfterTheStart() {
        CohortDetails backwards = new CohortDetails("x", 1, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null);

        assertThatThrownBy(() -> Cohort.create("c1", backwards)).isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors()).containsKey("endDate"));
    }

    @Test
    void refusesGoingBackFromActiveToPlanned() {
        Cohort active = new Cohort("c1", "Phase 2", 2, null, PHASE_2.startDate(), PHASE_2.endDate(), CohortStatus.ACTIVE, 3L);
        CohortDetails back = new CohortDetails("Phase 2", 2, null, PHASE_2.startDate(), PHASE_2.endDate(), CohortStatus.PLANNED);

        assertThatThrownBy(() -> active.update(back, 3)).isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors()).containsKey("status"));
    }

    @Test
    void refusesAnyChangeToAClosedCohort() {
        Cohort closed = new Cohort("c1", "Phase 1", 1, null, PHASE_2.startDate(), PHASE_2.endDate(), CohortStatus.CLOSED, 3L);

        assertThatThrownBy(() -> closed.update(PHASE_2, 3)).isInstanceOf(ConflictException.class);
    }
}
