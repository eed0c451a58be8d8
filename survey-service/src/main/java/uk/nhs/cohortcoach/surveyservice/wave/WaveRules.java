package uk.nhs.cohortcoach.surveyservice.wave;

import java.util.Optional;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.surveyservice.readmodel.CohortView;

/** The rules a new wave obeys about its cohort, free of Spring and storage. */
final class WaveRules {

    static final String COHORT_FIELD = "cohortId";

    private WaveRules() {
    }

    /**
     * Refuses (400 on {@code cohortId}) a wave for a cohort the read model does not know, or for a
     * closed one: a closed cohort's programme is over, so nobody is left to survey.
     */
    static void requireOpenableFor(Optional<CohortView> cohort) {
        if (cohort.isEmpty()) {
            throw InvalidFieldsException.of(COHORT_FIELD, "Choose a cohort from the list");
        }
        if (cohort.get().closed()) {
            throw InvalidFieldsException.of(COHORT_FIELD,
                    "This cohort is closed. Waves can only be opened for a planned or active cohort");
        }
    }
}
