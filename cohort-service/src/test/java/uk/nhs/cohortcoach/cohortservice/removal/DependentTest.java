package uk.nhs.cohortcoach.cohortservice.removal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of the things other services told of hold their cohort or collaborative, for every mark a wave can carry. */
class DependentTest {

    @Test
    void aSessionHoldsItsCohortAndCollaborative() {
        assertThat(new Dependent("session:s-1", Dependent.SESSION, "cohort-1", "collaborative-1", null, null).holds()).isTrue();
    }

    @Test
    void aScheduledWaveHoldsItsCohort() {
        assertThat(wave(null, null).holds()).isTrue();
    }

    @Test
    void anOpenedWaveHoldsItsCohort() {
        assertThat(wave(true, null).holds()).isTrue();
    }

    @Test
    void aWaveCancelledBeforeItOpenedHoldsNothing() {
        assertThat(wave(null, true).holds()).isFalse();
    }

    @Test
    void aWaveToldAsBothOpenedAndCancelledStillHoldsItsCohortBecauseItsInvitationsWentOut() {
        assertThat(wave(true, true).holds()).isTrue();
    }

    private static Dependent wave(Boolean opened, Boolean cancelled) {
        return new Dependent("wave:w-1", Dependent.WAVE, "cohort-1", null, opened, cancelled);
    }
}
