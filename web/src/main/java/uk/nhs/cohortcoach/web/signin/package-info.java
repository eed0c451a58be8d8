/**
 * Signing in and out without JavaScript: {@code /sign-in} (the password form while the gateway offers it,
 * a link per OIDC provider), its POST calling the gateway's {@code POST /auth/login} server to server and
 * relaying the session cookie; {@code POST /sign-out}; {@code /} sending each role to its start page.
 */
package uk.nhs.cohortcoach.web.signin;
