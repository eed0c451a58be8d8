/** The platform token: signing key, issuing, the published JWKS, and relaying the session cookie as a bearer token. */
package uk.nhs.cohortcoach.gateway.token;
