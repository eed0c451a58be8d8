/**
 * Signing in without JavaScript: the web module's own form posts the username and password to itself,
 * it asks the gateway's {@code POST /auth/login} for a platform token, and keeps the token in the
 * server-side session (cookie: HttpOnly, Secure, SameSite=Lax). Spring Security guards the pages and
 * checks the CSRF token on every form.
 */
package uk.nhs.cohortcoach.web.signin;
