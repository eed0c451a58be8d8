/**
 * The platform token: signing key, issuing, the published JWKS, the sliding session (renewal within a maximum
 * session length), and relaying the session cookie as a bearer token.
 */
package uk.nhs.cohortcoach.gateway.token;
