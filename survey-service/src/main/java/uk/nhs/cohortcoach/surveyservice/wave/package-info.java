/** Survey waves (baseline, midpoint, end): open for a cohort, invite its participants, remind, close. */
package uk.nhs.cohortcoach.surveyservice.wave;
