/**
 * Events published by hub-service on {@link uk.nhs.cohortcoach.platform.events.Topics#HUB}: the knowledge hub's
 * resources and the open peer-learning events with their registrations. Resource events are keyed by the resource's
 * id; every open-event and registration event is keyed by the open event's id, so one event's registrations,
 * cancellations and promotions from its waiting list reach consumers in the order they happened.
 */
package uk.nhs.cohortcoach.platform.events.hub;
