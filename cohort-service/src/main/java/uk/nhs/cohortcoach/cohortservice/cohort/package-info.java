/** Cohorts: the programme's phases, with their dates and a status that only moves forward. */
package uk.nhs.cohortcoach.cohortservice.cohort;
