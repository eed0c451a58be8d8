/** Session email: invitations, changes, cancellations, reminders before a session and the coach's reminder to log it. */
package uk.nhs.cohortcoach.notificationservice.session;
