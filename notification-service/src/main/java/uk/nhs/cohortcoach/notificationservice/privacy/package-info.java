/**
 * UK GDPR in notification-service: the privacy line every email carries, subject access (messages,
 * preferences, what is known of the person and their invitations), erasure on PersonErased, and the
 * delivery log's content retention.
 */
package uk.nhs.cohortcoach.notificationservice.privacy;
