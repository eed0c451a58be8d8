/**
 * Registering for an open event without an account, and the two links a registrant's emails carry: cancel (single
 * use) and feedback. hub-service keeps only each link's hash ({@code RegistrationTokens}), and finds a link's
 * registration through {@link uk.nhs.cohortcoach.hubservice.registration.RegistrationLink}.
 */
package uk.nhs.cohortcoach.hubservice.registration;
