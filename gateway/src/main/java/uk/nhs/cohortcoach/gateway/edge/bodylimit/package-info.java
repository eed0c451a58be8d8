/** Refuses request bodies larger than the configured limit before they reach a service. */
package uk.nhs.cohortcoach.gateway.edge.bodylimit;
