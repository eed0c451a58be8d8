/** The listener of {@code hub.events.v1}: open-event, registration and resource events into email. */
package uk.nhs.cohortcoach.notificationservice.openevent.events;
