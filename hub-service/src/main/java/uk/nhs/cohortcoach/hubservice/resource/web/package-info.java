/**
 * The resources' web adapter: {@code /api/resources/**} (browse and search for anyone, audience-filtered; manage,
 * write, publish, archive and attach for programme managers), its request and response records, and the 413 problem of
 * an upload over the limit.
 */
package uk.nhs.cohortcoach.hubservice.resource.web;
