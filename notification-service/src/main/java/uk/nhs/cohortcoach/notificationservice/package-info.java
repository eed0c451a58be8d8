/** notification-service: email through GOV.UK Notify, reminders, preferences and the delivery log. */
package uk.nhs.cohortcoach.notificationservice;
