/**
 * Double-submit CSRF token for state-changing API and {@code /auth} requests made with the session cookie (page
 * forms are the web module's to check), and the {@code XSRF-TOKEN} cookie on the responses the gateway answers itself.
 */
package uk.nhs.cohortcoach.gateway.edge.csrf;
