/** Token-bucket rate limits per client address on sign-in and the survey endpoints. */
package uk.nhs.cohortcoach.gateway.edge.ratelimit;
