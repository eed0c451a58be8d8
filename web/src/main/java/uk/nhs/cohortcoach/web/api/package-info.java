/**
 * The services' APIs as web calls them: one {@link uk.nhs.cohortcoach.web.api.ApiClients} builds every
 * client (base address, time limits, the person's token and the correlation id on every call, answers
 * turned into exceptions the error pages understand); one small class per API ({@code CohortApi}) with
 * records for its bodies. Pages call APIs only through these.
 */
package uk.nhs.cohortcoach.web.api;
