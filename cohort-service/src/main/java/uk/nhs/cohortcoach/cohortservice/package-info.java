/** cohort-service: cohorts, collaboratives, member organisations, people and their roles; the source of truth for people. */
package uk.nhs.cohortcoach.cohortservice;
