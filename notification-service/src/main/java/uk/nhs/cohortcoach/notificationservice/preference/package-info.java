/** What each person wants to receive: they may turn reminders off, never invitations or cancellations, and opt in to new-resource email. */
package uk.nhs.cohortcoach.notificationservice.preference;
