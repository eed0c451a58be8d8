/**
 * Token-bucket rate limits on sign-in (per client address) and the survey links (per link token, with
 * a per-address ceiling).
 */
package uk.nhs.cohortcoach.gateway.edge.ratelimit;
