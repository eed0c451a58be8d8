/** What each person wants to receive: they may turn reminders off, never invitations or cancellations. */
package uk.nhs.cohortcoach.notificationservice.preference;
