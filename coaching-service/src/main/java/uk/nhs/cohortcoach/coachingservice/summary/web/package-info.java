/** HTTP API for coaching summaries under {@code /api/sessions/summary}. */
package uk.nhs.cohortcoach.coachingservice.summary.web;
