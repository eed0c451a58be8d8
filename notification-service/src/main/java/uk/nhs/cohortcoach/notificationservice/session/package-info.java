/**
 * Session email: invitations (one per person per series or single session), changes, cancellations, reminders before a
 * session and the coach's reminder to log it; the session views behind each email's personal calendar link, and the
 * signed links themselves.
 */
package uk.nhs.cohortcoach.notificationservice.session;
