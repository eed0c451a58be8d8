/**
 * Read models: a service's own copy of another service's data, kept from its events. A service
 * declares each one as a {@link uk.nhs.cohortcoach.platform.support.readmodel.Projection} bean (the
 * topics it reads, the collections it owns, an idempotent upsert per event type); the platform
 * listens, hands every record to the inbox under the projection's name, and can rebuild it
 * ({@link uk.nhs.cohortcoach.platform.support.readmodel.ReadModels#rebuild(String)}).
 */
package uk.nhs.cohortcoach.platform.support.readmodel;
