/** Security headers (CSP, HSTS over TLS, framing, sniffing, referrer) on every response. */
package uk.nhs.cohortcoach.gateway.edge.headers;
