/** Which path prefix goes to which service, and whether each service is healthy. */
package uk.nhs.cohortcoach.gateway.routing;
