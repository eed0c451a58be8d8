/** Signing in and out at the gateway: demo accounts (demo profile), OIDC in production, the failed sign-in throttle. */
package uk.nhs.cohortcoach.gateway.signin;
