/**
 * Open peer-learning events (hub-service's {@code /api/open-events}): the pages anyone may open, signed in or not
 * ({@code /events}, an event and its registration form, the emailed cancel and feedback links), and the programme
 * managers' pages (scheduling, changing and cancelling events, registrations and attendance, the recording, the
 * feedback results and the programme's reach). See web/README.md, "Open events".
 */
package uk.nhs.cohortcoach.web.events;
