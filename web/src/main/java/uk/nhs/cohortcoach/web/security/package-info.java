/**
 * Who is asking: the platform token the gateway relays as {@code Authorization: Bearer} (its session
 * cookie), checked against the gateway's JWKS; no HTTP session. Also CSRF for every form, the
 * redirect to sign in and the 403 pages, and each feature's role rules ({@link PageAccess}).
 */
package uk.nhs.cohortcoach.web.security;
