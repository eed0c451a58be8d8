/** The messages the service owes people: one document per (event, recipient, purpose), its due time and its delivery log. */
package uk.nhs.cohortcoach.notificationservice.message;
