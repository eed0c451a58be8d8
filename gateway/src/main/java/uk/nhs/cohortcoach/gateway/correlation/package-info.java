/** Gives every request a correlation id, passes it to the services and returns it to the caller. */
package uk.nhs.cohortcoach.gateway.correlation;
