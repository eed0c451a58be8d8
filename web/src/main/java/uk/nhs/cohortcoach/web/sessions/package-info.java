/**
 * The coaching pages: a coach's sessions ({@code /my-sessions}: upcoming and past, the calendar feed address,
 * recording a session held without being scheduled), the session log form ({@code /sessions/{id}/log}: attendance,
 * notes, themes, the equity pause with its follow-up as a conditional reveal, actions) and one session
 * ({@code /sessions/{id}}: its details, log, actions and the log's history; reopening a locked log, "did not
 * happen" and deleting, each through its confirmation page). Every action is a form that POSTs and redirects.
 */
package uk.nhs.cohortcoach.web.sessions;
