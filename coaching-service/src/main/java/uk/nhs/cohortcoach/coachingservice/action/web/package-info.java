/** HTTP API for actions under {@code /api/actions}. */
package uk.nhs.cohortcoach.coachingservice.action.web;
