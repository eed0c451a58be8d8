package uk.nhs.cohortcoach.surveyservice.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.surveyservice.readmodel.CohortView;

class WaveRulesTest {

    @Test
    void aWaveMayBeOpenedForAPlannedOrActiveCohort() {
        assertThatCode(() -> WaveRules.requireOpenableFor(Optional.of(new CohortView("c", "Phase 3", "PLANNED"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> WaveRules.requireOpenableFor(Optional.of(new CohortView("c", "Phase 2", "ACTIVE"))))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownCohortIsRefusedOnCohortId() {
        InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
                () -> WaveRules.requireOpenableFor(Optional.empty()));

        assertThat(refused.errors()).containsOnlyKeys("cohortId");
        assertThat(refused.errors().get("cohortId")).isEqualTo("Choose a cohort from the list");
    }

    @Test
    void aClosedCohortIsRefusedOnCohortIdSayingItIsClosed() {
        InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
                () -> WaveRules.requireOpenableFor(Optional.of(new CohortView("c", "Phase 1", "CLOSED"))));

        assertThat(refused.errors()).containsOnlyKeys("cohortId");
        assertThat(refused.errors().get("cohortId"))
                .isEqualTo("This cohort is closed. Waves can only be opened for a planned or active cohort");
    }
}
