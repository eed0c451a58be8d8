/**
 * Errors that reach the top of the gateway (an unknown path, a method a path does not take, anything
 * unexpected) answered as RFC 9457 problems in the platform's style, as the services answer theirs.
 */
package uk.nhs.cohortcoach.gateway.edge.errors;
