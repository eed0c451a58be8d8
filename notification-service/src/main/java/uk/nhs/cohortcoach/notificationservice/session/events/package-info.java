/** The coaching topic's listener: session events to {@code session}, action events to {@code action}. */
package uk.nhs.cohortcoach.notificationservice.session.events;
