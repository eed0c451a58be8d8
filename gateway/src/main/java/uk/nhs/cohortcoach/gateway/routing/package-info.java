/** Which path prefix goes to which service (behind its time limit and circuit breaker), and whether each service is healthy. */
package uk.nhs.cohortcoach.gateway.routing;
