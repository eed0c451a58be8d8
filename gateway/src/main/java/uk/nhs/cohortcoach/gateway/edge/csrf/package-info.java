/** Double-submit CSRF token for state-changing requests made with the session cookie. */
package uk.nhs.cohortcoach.gateway.edge.csrf;
