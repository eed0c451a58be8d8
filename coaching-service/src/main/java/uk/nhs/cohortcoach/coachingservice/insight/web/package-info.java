/** HTTP API for cohort insights: {@code GET /api/sessions/cohorts/{cohortId}/insights}. */
package uk.nhs.cohortcoach.coachingservice.insight.web;
