/**
 * The knowledge hub's resources: the {@link uk.nhs.cohortcoach.hubservice.resource.Resource} aggregate and its life
 * cycle (draft, published, archived), its Markdown body rendered to sanitised HTML, its PDF attachments in GridFS, who
 * may read it ({@link uk.nhs.cohortcoach.hubservice.resource.AudienceRules}), the taxonomy, and the application
 * service {@link uk.nhs.cohortcoach.hubservice.resource.Resources} (also used by the open-events feature to publish a
 * recording). Events: ResourcePublished and ResourceArchived on {@code hub.events.v1}, through the outbox.
 */
package uk.nhs.cohortcoach.hubservice.resource;
