/**
 * Scheduling coaching sessions: the rules as plain classes (a session's slot in Europe/London, the
 * cohort's dates, clashes for the coach with a buffer and for the collaborative, series that keep
 * their local time across the clock changes) and {@link uk.nhs.cohortcoach.coachingservice.session.schedule.Scheduling},
 * which applies them and saves every change with its event through the outbox.
 */
package uk.nhs.cohortcoach.coachingservice.session.schedule;
