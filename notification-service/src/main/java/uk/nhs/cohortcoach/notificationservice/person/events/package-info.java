/** The people read model, kept from the cohort topic through the platform's read-model mechanism, and its rebuild. */
package uk.nhs.cohortcoach.notificationservice.person.events;
