package uk.nhs.cohortcoach.gateway.edge.csrf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cookieSecure whether the {@code XSRF-TOKEN} cookie is marked Secure (as the session cookie
 *                     is, by default); it is also Secure whenever the request itself came over TLS
 */
@ConfigurationProperties("cohort-coach.gateway.csrf")
record CsrfProperties(@DefaultValue("false") boolean cookieSecure) {
}
