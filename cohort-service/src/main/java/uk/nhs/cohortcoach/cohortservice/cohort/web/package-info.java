/** HTTP API for cohorts under {@code /api/cohorts}. */
package uk.nhs.cohortcoach.cohortservice.cohort.web;
