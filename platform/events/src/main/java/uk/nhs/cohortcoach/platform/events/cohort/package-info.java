/** Events published by cohort-service on {@link Topics#COHORT}: cohorts, collaboratives, people and participation. */
package uk.nhs.cohortcoach.platform.events.cohort;
