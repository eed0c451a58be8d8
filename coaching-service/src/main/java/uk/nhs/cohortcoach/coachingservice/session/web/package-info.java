/** {@code /api/sessions}: scheduling, series, reschedule, cancel and reading sessions. */
package uk.nhs.cohortcoach.coachingservice.session.web;
