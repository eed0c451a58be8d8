/** HTTP API for collaboratives: enrolling under {@code /api/cohorts/{cohortId}/collaboratives}, the rest under {@code /api/collaboratives}. */
package uk.nhs.cohortcoach.cohortservice.collaborative.web;
