/**
 * A session log's draft: what its coach has typed into the log form so far, kept server-side (one per session) so
 * that closing the tab loses nothing. Unvalidated but size-limited; never published as an event; deleted when the log
 * is saved or the session is cancelled, marked as did not happen or deleted; expires 30 days after it was last saved.
 */
package uk.nhs.cohortcoach.coachingservice.logdraft;
