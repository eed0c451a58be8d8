package uk.nhs.cohortcoach.web.surveys;

import uk.nhs.cohortcoach.web.api.Wave;

/** A wave in the list, with its cohort's name. Public: the template reads it. */
public record WaveRow(Wave wave, String cohortName) {
}
