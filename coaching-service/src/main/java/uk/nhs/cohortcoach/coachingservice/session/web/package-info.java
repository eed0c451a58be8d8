/** {@code /api/sessions}: scheduling, series, reschedule, cancel, did not happen, delete and reading sessions. */
package uk.nhs.cohortcoach.coachingservice.session.web;
