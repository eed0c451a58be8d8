/** HTTP API for session logs under {@code /api/sessions/{id}/log} (write, read, reopen, history) and for recording a past session as held ({@code POST /api/sessions/held}). */
package uk.nhs.cohortcoach.coachingservice.sessionlog.web;
