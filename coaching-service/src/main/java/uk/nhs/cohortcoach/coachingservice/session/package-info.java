/** Coaching sessions: scheduling with conflict rules, series, reschedule, cancel, and the session log. */
package uk.nhs.cohortcoach.coachingservice.session;
