/**
 * notification-service's figures: events consumed from a backlog ({@code notify-backlog}) and event → email accepted
 * at a steady rate ({@code event-to-email}). Both produce ActionAssigned straight to the coaching topic, as
 * coaching-service's relay would, addressed to people the service already knows.
 */
package uk.nhs.cohortcoach.bench.notification;
