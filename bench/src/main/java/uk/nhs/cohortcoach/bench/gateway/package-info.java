/**
 * What the gateway adds to a request: the same authenticated read sent straight to the service that owns it and through
 * the gateway, side by side.
 */
package uk.nhs.cohortcoach.bench.gateway;
