/** survey-service's own copy of cohorts, collaboratives and participants (with their leadership role), built from cohort-service's events. */
package uk.nhs.cohortcoach.surveyservice.readmodel;
