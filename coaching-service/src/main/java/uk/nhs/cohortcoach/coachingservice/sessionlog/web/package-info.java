/** HTTP API for session logs under {@code /api/sessions/{id}/log}. */
package uk.nhs.cohortcoach.coachingservice.sessionlog.web;
