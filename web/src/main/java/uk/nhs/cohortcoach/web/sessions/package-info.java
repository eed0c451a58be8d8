/**
 * The coaching pages: a coach's sessions ({@code /my-sessions}: upcoming and past, the calendar feed address,
 * recording a session held without being scheduled), the session log form ({@code /sessions/{id}/log}: attendance,
 * notes, themes, the equity pause with its follow-up as a conditional reveal, actions) and one session
 * ({@code /sessions/{id}}: its details, log, actions and the log's history; reopening a locked log, "did not
 * happen" and deleting, each through its confirmation page; rescheduling and cancelling) and the coaching calendar
 * ({@code /calendar}: a week as a table of days and a list, filtered with a GET form; scheduling a session or a
 * series at {@code /calendar/schedule}, a clash shown as the sessions it clashes with, a time already past warned
 * about). Every action is a form that POSTs and redirects.
 */
package uk.nhs.cohortcoach.web.sessions;
